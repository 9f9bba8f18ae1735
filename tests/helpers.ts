import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDb, type Db } from '../db/index.ts';
import { importShop } from '../core/catalog/import-shop.ts';
import { parseShopFileText, type ShopFile } from '../core/catalog/shop-file.ts';
import { DEMO_SHOP } from '../adapters/boot.ts';

/** The demo shop file the repository ships, parsed. */
export function demoShop(): ShopFile {
  return parseShopFileText(readFileSync(DEMO_SHOP, 'utf8'));
}

/** A fresh in-memory database with real migrations and the demo shop imported. */
export function demoDb(): { db: Db; groupId: number } {
  const db = openTestDb();
  const { groupId } = importShop(db, demoShop());
  return { db, groupId };
}

/** A clock the test moves by hand. */
export function fakeClock(start = '2026-11-22T10:00:00.000Z') {
  let t = new Date(start).getTime();
  const clock = () => new Date(t);
  clock.advance = (ms: number) => {
    t += ms;
  };
  clock.set = (iso: string) => {
    t = new Date(iso).getTime();
  };
  return clock;
}

/** Every row of every table, for "nothing changed" assertions. */
export function dumpTables(db: Db, except: string[] = []): Record<string, unknown[]> {
  const names = (db.$client.prepare("select name from sqlite_master where type='table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !except.includes(n));
  return Object.fromEntries(names.map((n) => [n, db.$client.prepare(`select * from "${n}"`).all()]));
}

/**
 * Starts Gom as a child process (the command's arguments after `node`) on a random loopback port with a fresh
 * SQLite file, and waits until `/healthz` answers. Returns its base URL and a stop function.
 */
export async function startServerProcess(nodeArgs: string[], cwd: string): Promise<{ base: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'gom-server-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, nodeArgs, {
    cwd,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'gom.db') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 200));
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return { base, stop: () => void child.kill('SIGTERM') };
  }
  child.kill('SIGTERM');
  throw new Error(`the server did not answer /healthz in 20 s: ${nodeArgs.join(' ')}`);
}
