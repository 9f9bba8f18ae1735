import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';

export { schema };
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// Spelt from the repository root so it resolves the same from db/ and from the bundle npm start runs (dist/).
const MIGRATIONS = fileURLToPath(new URL('../db/migrations', import.meta.url));

/** Opens (creating if needed) the SQLite file with WAL, foreign keys and a busy timeout, and migrates it. */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // better-sqlite3 builds SQLite with a 16 MB page cache per connection; a chat turn touches a few dozen
  // pages and the operating system caches the file anyway, so 4 MB keeps a shop's working pages in reach and
  // the server's memory lower (measured at 100,000 orders: 117–119 MB resident against 120–126 MB with 8 MB, the
  // chat turn's throughput and /quyettoan the same).
  sqlite.pragma('cache_size = -4000');
  // Undoing one request of a group commit (a savepoint, see txGrouped) needs the pages it changed as they
  // were: SQLite keeps them in a statement journal, in memory up to 64 KB and past that in a temporary file
  // for the rest of the transaction: two writes per page, some 30 system calls per request once one request
  // of the group had changed more than 16 pages. In memory the journal holds one request's pages at most
  // and is emptied when its savepoint ends. (Temporary tables and sorts also stay in memory: Gom's queries
  // sort small sets.) Set before anything temporary exists: changing it drops watchTables' triggers.
  sqlite.pragma('temp_store = MEMORY');
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  watchTables(sqlite);
  return db;
}

/** Most distinct SQL texts kept compiled per connection (`in (?, ?, …)` lists make the set open-ended). */
const STATEMENT_CACHE_SIZE = 2000;

/**
 * Makes `prepare` return the already compiled statement for SQL text it has seen on this connection:
 * drizzle prepares every query it runs, and compiling costs more than running most of Gom's queries.
 * A reused statement is put back in its default mode (drizzle switches statements to raw mode). One
 * thing this rules out: running a query again while `.iterate()` over the same SQL text is still open.
 */
function cacheStatements(sqlite: Database.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (stmt) {
      if (stmt.reader) stmt.pluck(false).expand(false).raw(false);
      return stmt;
    }
    stmt = compile(source);
    if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
    cache.set(source, stmt);
    return stmt;
  }) as typeof sqlite.prepare;
}

/**
 * A query built once per connection instead of on every call: `build` makes it with drizzle's
 * `.prepare()` and `sql.placeholder(…)` for the values, and each call runs it with those values.
 * Building a query through drizzle costs far more than SQLite takes to run Gom's hot queries.
 */
export function prepared<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byConnection = new WeakMap<Database.Database, Q>();
  return (db) => {
    let q = byConnection.get(db.$client);
    if (q === undefined) {
      q = build(db);
      byConnection.set(db.$client, q);
    }
    return q;
  };
}

/**
 * Tables whose rows are kept in memory between chat turns (core/catalog/queries.ts, and the Telegram
 * bots in adapters/telegram/accounts.ts): each connection counts the writes to them, so that a cache can
 * tell whether it still holds what the table holds.
 */
export const WATCHED_TABLES = ['groups', 'stock', 'bot_accounts'] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number];

/**
 * A version of what `tables` hold, as seen by this connection: it changes whenever a row of one of them
 * is inserted, updated or deleted, by this connection (a temporary trigger counts it, even a write that
 * is later rolled back: a cache then refills once for nothing) or by another connection or process
 * (SQLite's `data_version`). Comparing versions costs well under a microsecond; reading the rows again,
 * tens of microseconds on every chat turn.
 */
export function tablesVersion(db: Db, tables: readonly WatchedTable[]): string {
  const w = watchers.get(db.$client);
  if (!w) throw new Error('tablesVersion needs a connection opened by openDb');
  let local = 0;
  for (const t of tables) local += w.writes[t];
  return `${w.dataVersion.pluck().get()}:${local}`;
}

const watchers = new WeakMap<Database.Database, { writes: Record<WatchedTable, number>; dataVersion: Database.Statement }>();

/**
 * Counts this connection's writes to WATCHED_TABLES with temporary triggers (they belong to this
 * connection alone and vanish with it), created when the connection opens, outside any transaction
 * that could roll them back.
 */
function watchTables(sqlite: Database.Database): void {
  const writes = Object.fromEntries(WATCHED_TABLES.map((t) => [t, 0])) as Record<WatchedTable, number>;
  sqlite.function('gom_table_written', { varargs: false }, (table: unknown) => {
    writes[table as WatchedTable]++;
    return null;
  });
  for (const table of WATCHED_TABLES) {
    for (const op of ['insert', 'update', 'delete']) {
      sqlite.exec(`create temp trigger gom_watch_${table}_${op} after ${op} on main.${table} begin select gom_table_written('${table}'); end`);
    }
  }
  watchers.set(sqlite, { writes, dataVersion: sqlite.prepare('pragma data_version') });
}

/**
 * A rollback undoes writes without firing triggers: a cache filled after one of them, in the
 * transaction undone, would keep rows that never were. A rollback through `tx` of a transaction or
 * savepoint that wrote a watched table counts as a write to every watched table (a rollback outside
 * `tx`, by better-sqlite3's or drizzle's own transactions, is not seen: Gom's code has none).
 */
function watchedWrites(sqlite: Database.Database): number {
  const w = watchers.get(sqlite);
  let n = 0;
  if (w) for (const t of WATCHED_TABLES) n += w.writes[t];
  return n;
}

function rolledBack(sqlite: Database.Database): void {
  const w = watchers.get(sqlite);
  if (w) for (const t of WATCHED_TABLES) w.writes[t]++;
}

/** A fresh in-memory database with the real migrations, for tests. */
export function openTestDb(): Db {
  return openDb(':memory:');
}

/**
 * Runs `fn` in one IMMEDIATE transaction (the write lock is taken at BEGIN, so two processes
 * cannot both read the same stock and then both decrement it); called inside another transaction it
 * is a savepoint, undone alone if `fn` throws. `fn` must be synchronous: better-sqlite3 transactions
 * cannot span an await. `fn` gets the same database object: on one connection a transaction is a
 * state of the connection, and better-sqlite3's own transaction functions cost less than drizzle's
 * transaction objects (which rebuild the query API on every call).
 */
export function tx<T>(db: Db, fn: (t: Db) => T): T {
  // Work of its own, outside the requests of an open group commit: that group is committed first.
  if (groupRunning === 0) commitGroup(db.$client);
  const writes = watchedWrites(db.$client);
  try {
    return runner(db).immediate(() => fn(db)) as T;
  } catch (e) {
    if (watchedWrites(db.$client) !== writes) rolledBack(db.$client); // caches may hold what was undone
    throw e;
  }
}

/** The requests of one group commit: each waits for the group's COMMIT before anything is answered. */
interface Group {
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
  /** Watched writes before the group began (a group that fails to commit invalidates the caches). */
  writes: number;
}

const groups = new WeakMap<Database.Database, Group>();
/** How deep we are in `txGrouped` work right now (it is synchronous: a counter is exact). */
let groupRunning = 0;
// Taken at load: a test's fake timers must not hold back commits (their clock is not the event loop's).
const nextTurnOfLoop = globalThis.setImmediate;

/**
 * Like `tx`, for requests that arrive together (an HTTP server under load): `fn` runs now, in a savepoint of
 * one IMMEDIATE transaction shared with the other requests handled in the same turn of the event loop,
 * and that transaction is committed once, when the loop has run them all (setImmediate). The promise
 * resolves with `fn`'s result only after that COMMIT, so nothing `fn` did is answered, sent or acted on
 * before it is durable; it rejects if `fn` throws (its savepoint alone is undone: the others commit) or if
 * the COMMIT fails (then none of the group is recorded, and every request of it is told so).
 *
 * Why: a COMMIT (appending the changed pages to the WAL, and now and then a checkpoint) was the largest
 * single cost of a chat turn under load; a group shares one, and the pages the requests all touch (the
 * outbox's last page, its indexes) are written once. Anything else on this connection meanwhile (a `tx`,
 * the outbox worker, see `commitPending`) commits the open group first.
 */
export function txGrouped<T>(db: Db, fn: (t: Db) => T): Promise<T> {
  const sqlite = db.$client;
  let group = groups.get(sqlite);
  // Already inside a transaction of its own (a caller's `tx`): nothing to group, a savepoint of it.
  if (!group && sqlite.inTransaction) return new Promise((resolve) => resolve(tx(db, fn)));
  let result: T;
  groupRunning++;
  try {
    if (!group) {
      begin(sqlite).run();
      group = { waiters: [], writes: watchedWrites(sqlite) };
      groups.set(sqlite, group);
      nextTurnOfLoop(() => commitGroup(sqlite));
    }
    result = tx(db, fn);
  } catch (e) {
    // SQLite itself rolled the whole transaction back (disk full, I/O error): the group is lost.
    if (group && !sqlite.inTransaction) failGroup(sqlite, e);
    return Promise.reject(e);
  } finally {
    groupRunning--;
  }
  const waiting = group;
  return new Promise((resolve, reject) => waiting.waiters.push({ resolve: () => resolve(result), reject }));
}

/** Commits the open group commit on this connection now, if there is one (the outbox worker calls it before reading what to send). */
export function commitPending(db: Db): void {
  commitGroup(db.$client);
}

/**
 * Resolves once what this connection has written so far is committed: at once when no group commit is
 * open, else after its COMMIT (whether it succeeds or not). HTTP responses wait for it (adapters/server.ts).
 */
export function committed(db: Db): Promise<void> {
  const group = groups.get(db.$client);
  if (!group) return Promise.resolve();
  return new Promise((resolve) => group.waiters.push({ resolve, reject: () => resolve() }));
}

function commitGroup(sqlite: Database.Database): void {
  const group = groups.get(sqlite);
  if (!group) return;
  try {
    commit(sqlite).run();
  } catch (e) {
    failGroup(sqlite, e);
    return;
  }
  groups.delete(sqlite);
  for (const w of group.waiters) w.resolve();
}

function failGroup(sqlite: Database.Database, e: unknown): void {
  const group = groups.get(sqlite);
  if (!group) return;
  groups.delete(sqlite);
  if (sqlite.inTransaction) rollback(sqlite).run();
  if (watchedWrites(sqlite) !== group.writes) rolledBack(sqlite);
  for (const w of group.waiters) w.reject(e);
}

const begin = (sqlite: Database.Database) => sqlite.prepare('BEGIN IMMEDIATE');
const commit = (sqlite: Database.Database) => sqlite.prepare('COMMIT');
const rollback = (sqlite: Database.Database) => sqlite.prepare('ROLLBACK');

const runners = new WeakMap<Database.Database, Database.Transaction<(fn: () => unknown) => unknown>>();

function runner(db: Db): Database.Transaction<(fn: () => unknown) => unknown> {
  let run = runners.get(db.$client);
  if (!run) {
    run = db.$client.transaction((fn: () => unknown) => fn());
    runners.set(db.$client, run);
  }
  return run;
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
