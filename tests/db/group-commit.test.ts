/**
 * Group commit (`txGrouped`): requests handled in the same turn of the event loop share one COMMIT, and
 * none of them is answered before it. Checked on a real SQLite file, with a second connection (another
 * process's view) to tell what is committed from what is only written.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitPending, openDb, tx, txGrouped, type Db } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { systemClock } from '../../core/clock.ts';
import type { SimReply } from '../../adapters/sim/sim.ts';

function open(): { db: Db; other: Database.Database; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'gom-group-commit-')), 'gom.db');
  const db = openDb(path);
  return { db, other: new Database(path, { readonly: true }), path };
}

const write = (key: string) => (t: Db) => t.$client.prepare("insert into chat_states (key, data, updated_at) values (?, '{}', '2026-11-22T10:00:00.000Z')").run(key);
const keys = (other: Database.Database) => (other.prepare("select key from chat_states where key like 'g:%' order by key").pluck().all() as string[]);

describe('group commit', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('requests of one turn of the event loop are committed together, and each learns of it only after the COMMIT', async () => {
    const { db, other } = open();
    const a = txGrouped(db, write('g:a'));
    const b = txGrouped(db, write('g:b'));
    // Written on this connection, not yet committed: another connection sees nothing.
    expect(db.$client.inTransaction).toBe(true);
    expect(keys(other)).toEqual([]);
    let answered = false;
    void a.then(() => {
      answered = true;
      // When a request is answered, what it wrote is already visible to everyone.
      expect(keys(other)).toEqual(['g:a', 'g:b']);
    });
    expect(answered).toBe(false);
    await Promise.all([a, b]);
    expect(answered).toBe(true);
    expect(db.$client.inTransaction).toBe(false);
    expect(keys(other)).toEqual(['g:a', 'g:b']);
  });

  it('a request that throws is undone alone: the others of its group commit', async () => {
    const { db, other } = open();
    const ok = txGrouped(db, write('g:ok'));
    const failed = txGrouped(db, (t) => {
      write('g:undone')(t);
      throw new Error('refused');
    });
    const ok2 = txGrouped(db, write('g:ok2'));
    await expect(failed).rejects.toThrow('refused');
    await Promise.all([ok, ok2]);
    expect(keys(other)).toEqual(['g:ok', 'g:ok2']);
  });

  it('a request that changed far more pages than the others is still undone alone (its pages kept in memory)', async () => {
    const { db, other } = open();
    // The pages a savepoint may restore stay in memory (a temporary file cost two writes per page), and the
    // temporary triggers that keep cached rows honest were created after that setting (it drops them).
    expect(db.$client.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.$client.prepare("select count(*) from temp.sqlite_master where type = 'trigger'").pluck().get()).toBe(9);
    const before = txGrouped(db, write('g:before'));
    const big = txGrouped(db, (t) => {
      // Some 200 pages of rows, then a refusal: every one of them must be undone, and only those.
      const insert = t.$client.prepare("insert into chat_states (key, data, updated_at) values (?, ?, '2026-11-22T10:00:00.000Z')");
      for (let i = 0; i < 400; i++) insert.run(`g:big:${String(i).padStart(3, '0')}`, JSON.stringify({ filler: 'x'.repeat(2000) }));
      t.$client.prepare(`update chat_states set data = '{"changed":true}' where key = 'g:before'`).run();
      throw new Error('refused');
    });
    const after = txGrouped(db, write('g:after'));
    await expect(big).rejects.toThrow('refused');
    await Promise.all([before, after]);
    expect(keys(other)).toEqual(['g:after', 'g:before']);
    expect(other.prepare("select data from chat_states where key = 'g:before'").pluck().get()).toBe('{}');
  });

  it('a COMMIT that fails records none of the group, and every request of it is told', async () => {
    const { db, other } = open();
    const first = txGrouped(db, write('g:first'));
    // A deferred foreign-key violation is checked at COMMIT, so the COMMIT itself fails.
    const bad = txGrouped(db, (t) => {
      t.$client.pragma('defer_foreign_keys = ON');
      t.$client.prepare("insert into identities (person_id, platform, platform_user_id, created_at) values (999999, 'sim', 'nobody', '2026-11-22T10:00:00.000Z')").run();
    });
    await expect(first).rejects.toThrow(/FOREIGN KEY/);
    await expect(bad).rejects.toThrow(/FOREIGN KEY/);
    expect(db.$client.inTransaction).toBe(false);
    expect(keys(other)).toEqual([]);
    // The connection goes on working.
    await txGrouped(db, write('g:after'));
    expect(keys(other)).toEqual(['g:after']);
  });

  it('work of its own on the connection (a tx, the outbox worker) commits the open group first', async () => {
    const { db, other } = open();
    const grouped = txGrouped(db, write('g:grouped'));
    tx(db, write('g:own'));
    expect(keys(other)).toEqual(['g:grouped', 'g:own']);
    await grouped;
    const again = txGrouped(db, write('g:again'));
    commitPending(db);
    expect(keys(other)).toEqual(['g:again', 'g:grouped', 'g:own']);
    await again;
  });

  it('inside a transaction of its own, a grouped request is a savepoint of it', async () => {
    const { db, other } = open();
    let inner: Promise<unknown> | undefined;
    tx(db, (t) => {
      inner = txGrouped(t, write('g:inner'));
      expect(keys(other)).toEqual([]);
    });
    await inner;
    expect(keys(other)).toEqual(['g:inner']);
  });

  it('fake timers in a test do not hold back the COMMIT', async () => {
    const { db, other } = open();
    vi.useFakeTimers();
    await txGrouped(db, write('g:faked'));
    expect(keys(other)).toEqual(['g:faked']);
  });

  it('concurrent simulator messages are each answered with their replies, committed when answered', async () => {
    const { db, other } = open();
    seedDemoIfEmpty(db, true, new Date());
    const app = createApp({ db, clock: systemClock, config: loadConfig({}) });
    const post = (userId: string, text: string) =>
      app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, text }) });
    const users = Array.from({ length: 12 }, (_, i) => `gc${i}`);
    const responses = await Promise.all(users.map((u) => post(u, 'KL-XANH x1')));
    for (const res of responses) {
      expect(res.status).toBe(200);
      const { replies } = (await res.json()) as { replies: SimReply[] };
      expect(replies.length).toBeGreaterThan(0);
    }
    // Every turn is recorded for all to see: a cart per customer, and each reply in the outbox.
    const carts = other.prepare("select count(*) from chat_states where key like 'sim:gc%' and data like '%KL-XANH%'").pluck().get();
    expect(carts).toBe(users.length);
    const outboxChats = other.prepare("select count(distinct chat_id) from outbox where platform = 'sim' and chat_id like 'gc%'").pluck().get();
    expect(outboxChats).toBe(users.length);
  });
});
