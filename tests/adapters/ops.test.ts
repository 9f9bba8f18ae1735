import { copyFileSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDb, schema, type Db } from '../../db/index.ts';
import { importShop } from '../../core/catalog/import-shop.ts';
import { parseShopFileText } from '../../core/catalog/shop-file.ts';
import { loadConfig } from '../../adapters/config.ts';
import { createApp, HEALTH_PROBE_TTL_MS } from '../../adapters/server.ts';
import { backupDatabase, csvField, exportGroup } from '../../adapters/backup.ts';
import { createLogger, setLogger, logger } from '../../adapters/log.ts';
import { demoShop, dumpTables, fakeClock } from '../helpers.ts';
import { simSession, TOKEN } from '../e2e/sim-harness.ts';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

describe('/healthz tells the truth', () => {
  it('answers 503 when the database file cannot be written (a read-only file), 200 when it can', async () => {
    const dir = tmp('gom-health-');
    const path = join(dir, 'gom.db');
    openDb(path).$client.close();
    const clock = fakeClock();
    const writable = openDb(path);
    expect((await createApp({ db: writable, clock, config: loadConfig({}) }).request('/healthz')).status).toBe(200);
    const readonly = drizzle(new Database(path, { readonly: true }), { schema }) as Db;
    const res = await createApp({ db: readonly, clock, config: loadConfig({}) }).request('/healthz');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { ok: boolean; error: { message: string } }).error.message).toMatch(/SQLITE_READONLY/);
  });

  it('reuses a probe for a few seconds, then probes again', async () => {
    const s = simSession();
    expect((await s.app.request('/healthz')).status).toBe(200);
    s.db.$client.pragma('query_only = ON');
    expect((await s.app.request('/healthz')).status).toBe(200); // cached
    s.clock.advance(HEALTH_PROBE_TTL_MS);
    expect((await s.app.request('/healthz')).status).toBe(503);
    s.db.$client.pragma('query_only = OFF');
    s.clock.advance(HEALTH_PROBE_TTL_MS);
    expect((await s.app.request('/healthz')).status).toBe(200);
  });

  it('a simulator customer is answered kindly, not with silence, while the database takes no writes', async () => {
    const s = simSession();
    s.db.$client.pragma('query_only = ON');
    const res = await s.app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'u1', text: '2 khăn xanh' }) });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string }; replies: { text: string }[] };
    expect(body.error.code).toBe('unavailable');
    expect(body.replies[0]!.text).toContain('thử lại sau');
  });
});

describe('GET /metrics', () => {
  it('is closed without the bearer token and shows webhook outcomes, the outbox, orders and payments with it', async () => {
    const s = simSession({ METRICS_TOKEN: 'metrics-secret' });
    expect((await s.app.request('/metrics')).status).toBe(401);
    expect((await s.app.request('/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    await s.say('u1', '2 khăn xanh', undefined, 'Lan');
    await s.press('u1', 'ok');
    await s.app.request('/sim/messages', { method: 'POST', body: '{"userId":' });
    const res = await s.app.request('/metrics', { headers: { authorization: 'Bearer metrics-secret' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/gom_webhook_requests_total\{platform="sim",outcome="accepted"\} [1-9]/);
    expect(text).toMatch(/gom_webhook_requests_total\{platform="sim",outcome="malformed"\} [1-9]/);
    expect(text).toMatch(/gom_outbox_messages\{platform="sim",status="sent"\} [1-9]/);
    expect(text).toMatch(/gom_orders\{status="awaiting_payment"\} 1/);
    expect(text).toContain('# TYPE gom_outbox_oldest_pending_seconds gauge');
    expect(text).toContain('# TYPE gom_webhook_duration_seconds histogram');
  });

  it('falls back to ADMIN_API_TOKEN, and is closed when neither is set', async () => {
    expect((await simSession().app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await simSession({ ADMIN_API_TOKEN: '' }).app.request('/metrics', { headers: { authorization: 'Bearer x' } })).status).toBe(401);
  });
});

/** Runs `fn` with the process logger writing JSON lines into `lines`, then puts the logger back. */
async function withLogLines(lines: Record<string, unknown>[], fn: () => Promise<void>): Promise<void> {
  const sink = new Writable({ write(chunk, _enc, cb) { lines.push(...String(chunk).trim().split('\n').map((l) => JSON.parse(l))); cb(); } });
  const previous = logger();
  setLogger(createLogger('info', sink));
  try {
    await fn();
  } finally {
    setLogger(previous);
  }
}

describe('logs', () => {
  it('one JSON line per handled update with platform, outcome and duration; secrets redacted', async () => {
    const lines: Record<string, unknown>[] = [];
    await withLogLines(lines, async () => {
      const s = simSession();
      await s.say('u1', '/start');
      logger().info({ token: '123:SECRET', headers: { authorization: 'Bearer SECRET' }, account: { secret: 'SECRET' } }, 'with secrets');
    });
    const update = lines.find((l) => l.msg === 'update');
    expect(update).toMatchObject({ platform: 'sim', outcome: 'accepted', status: 200, level: 30 });
    expect(typeof update!.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('SECRET');
    expect(lines.find((l) => l.msg === 'with secrets')).toMatchObject({ token: '[redacted]', account: { secret: '[redacted]' } });
  });
});

describe('errors while handling a message', () => {
  it('are logged with the message that caused them, and the person gets an apology', async () => {
    const lines: Record<string, unknown>[] = [];
    await withLogLines(lines, async () => {
      const s = simSession();
      s.db.$client.exec("create trigger boom before insert on orders begin select raise(abort, 'boom'); end");
      await s.say('u1', '2 khăn xanh', undefined, 'Lan');
      const replies = await s.press('u1', 'ok');
      expect(replies.map((r) => (r.type === 'text' ? r.text : '')).join()).toContain('có lỗi xảy ra');
    });
    const line = lines.find((l) => l.msg === 'message handling failed; the person was sent an apology') as { platform: string; userId: string; button: string; err: { message: string }; level: number };
    expect(line).toMatchObject({ platform: 'sim', userId: 'u1', button: 'ok', level: 50 });
    expect(line.err.message).toContain('boom');
  });
});

describe('backup and export', () => {
  it('a backup taken while another connection writes is consistent, passes integrity_check, and restores', async () => {
    const dir = tmp('gom-backup-');
    const path = join(dir, 'gom.db');
    const db = openDb(path);
    importShop(db, demoShop());
    // Make the file big enough that the copy takes several steps.
    const fill = db.$client.prepare("insert into processed_updates (source, update_key, processed_at) values ('fill', ?, 'x')");
    db.$client.transaction(() => { for (let i = 0; i < 20000; i++) fill.run(`k${i}-${'x'.repeat(40)}`); })();
    // A writer on its own connection: each transaction adds key i and sets the probe to i, together.
    const writer = new Database(path);
    writer.pragma('busy_timeout = 5000');
    const add = writer.prepare("insert into processed_updates (source, update_key, processed_at) values ('load', ?, 'x')");
    const mark = writer.prepare("insert into health_probes (id, checked_at) values (1, ?) on conflict (id) do update set checked_at = excluded.checked_at");
    const step = writer.transaction((i: number) => { add.run(String(i).padStart(8, '0')); mark.run(String(i).padStart(8, '0')); });
    let i = 0;
    let writing = true;
    const loop = () => { if (!writing) return; for (let k = 0; k < 20; k++) step(++i); setImmediate(loop); };
    loop();
    const target = join(dir, 'copy.db');
    const started = i;
    await backupDatabase(path, target);
    writing = false;
    expect(i).toBeGreaterThan(started); // the writer did run during the backup
    await expect(backupDatabase(path, target)).rejects.toThrow(/already exists/);

    // Restore: copy the backup in place of a database and open it as the server would.
    const restoredPath = join(dir, 'restored.db');
    copyFileSync(target, restoredPath);
    const restored = openDb(restoredPath);
    const n = restored.$client.prepare("select count(*) n, max(update_key) m from processed_updates where source = 'load'").get() as { n: number; m: string | null };
    const probe = restored.$client.prepare('select checked_at c from health_probes where id = 1').get() as { c: string } | undefined;
    expect(n.n).toBe(Number(n.m ?? 0)); // no gap: every committed transaction up to the copy's point
    expect(probe?.c ?? null).toBe(n.m); // and both halves of each transaction together
    expect(dumpTables(restored, ['processed_updates', 'health_probes'])).toEqual(dumpTables(db, ['processed_updates', 'health_probes']));
    writer.close();
  });

  it('export writes the shop file (importable back), orders and payments as JSON and CSV', async () => {
    const s = simSession();
    await s.say('u1', '2 khăn xanh', undefined, '=HYPERLINK("http://evil")');
    await s.press('u1', 'ok');
    const out = tmp('gom-export-');
    const files = exportGroup(s.db, 'lua-van-phuc', out);
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual([
      'lua-van-phuc.orders.csv', 'lua-van-phuc.orders.json', 'lua-van-phuc.payments.csv', 'lua-van-phuc.payments.json', 'lua-van-phuc.shop.json',
    ]);
    const orders = JSON.parse(readFileSync(join(out, 'lua-van-phuc.orders.json'), 'utf8')) as { code: string; total: number }[];
    expect(orders).toHaveLength(1);
    expect(orders[0]!.total).toBe(500000);
    const csv = readFileSync(join(out, 'lua-van-phuc.orders.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^code,status,payment_status,total/);
    expect(csv[1]).toContain(`${orders[0]!.code},awaiting_payment,unpaid,500000`);
    expect(csv[1]).toContain(`"'=HYPERLINK(""http://evil"")"`); // a formula is written as text
    expect(existsSync(join(out, 'lua-van-phuc.payments.csv'))).toBe(true);
    // The shop file imports back into an empty database.
    const fresh = openDb(':memory:');
    expect(importShop(fresh, parseShopFileText(readFileSync(join(out, 'lua-van-phuc.shop.json'), 'utf8'))).groupId).toBeGreaterThan(0);
  });

  it('CSV fields are quoted as RFC 4180 says', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(-5)).toBe('-5');
    expect(csvField('-5 khăn')).toBe("'-5 khăn");
  });
});
