import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';

export { schema };
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (creating if needed) the SQLite file with WAL, foreign keys and a busy timeout, and migrates it. */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

/** A fresh in-memory database with the real migrations, for tests. */
export function openTestDb(): Db {
  return openDb(':memory:');
}

/**
 * Runs `fn` in one IMMEDIATE transaction (the write lock is taken at BEGIN, so two processes
 * cannot both read the same stock and then both decrement it). `fn` must be synchronous:
 * better-sqlite3 transactions cannot span an await.
 */
export function tx<T>(db: Db, fn: (t: Db) => T): T {
  // The transaction object shares the connection; expose it as `$client` like the database itself.
  return db.transaction((t) => fn(Object.assign(t, { $client: db.$client }) as unknown as Db), { behavior: 'immediate' });
}

const STORAGE_FAILURES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED|CORRUPT|NOTADB|PROTOCOL)/;

/** True for an error of the storage itself (disk full, read-only file, I/O error, lock timeout), not of the data. */
export function isStorageFailure(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_FAILURES.test(code);
}

/**
 * Whether the database takes a write now: rewrites one row of `health_probes` in a committed transaction.
 * Returns the error's message when it does not.
 */
export function probeWrite(db: Db, now: Date): { ok: true } | { ok: false; reason: string } {
  try {
    db.$client
      .prepare('insert into health_probes (id, checked_at) values (1, ?) on conflict (id) do update set checked_at = excluded.checked_at')
      .run(now.toISOString());
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `${(e as { code?: string }).code ?? 'error'}: ${(e as Error).message}` };
  }
}
