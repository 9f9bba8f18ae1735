/**
 * Every query Gom runs on a day of selling must find its orders, lines, allocations and payments
 * through an index: a full scan of one of these tables grows with every order ever placed and turns a
 * chat turn or an admin command slow once a shop has a history. The scenario below drives the real app
 * (simulator, bank webhook, admin API, scheduled jobs) while recording every SQL text the connection
 * compiles, then asks SQLite for each one's plan (EXPLAIN QUERY PLAN). SQLite plans without statistics
 * as if tables were large, so the plans are those of a big database.
 */
import { describe, expect, it } from 'vitest';
import { openTestDb, type Db } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { runDueJobs } from '../../bots/jobs.ts';
import type { SimReply } from '../../adapters/sim/sim.ts';
import { settlement } from '../../core/settlement/settlement.ts';
import { fakeClock } from '../helpers.ts';

const GROWING = ['orders', 'order_lines', 'allocations', 'payments', 'order_events'];

/** Records the SQL text of every statement compiled on this connection. */
function recordQueries(db: Db): Set<string> {
  const seen = new Set<string>();
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    seen.add(source);
    return prepare(source);
  }) as typeof db.$client.prepare;
  return seen;
}

/** The number of `?` parameters in a statement, outside string literals. */
const paramCount = (sql: string) => (sql.replace(/'(?:[^']|'')*'/g, '').match(/\?/g) ?? []).length;

/** Full scans of growing tables in a statement's plan, as `table: plan line`. */
function fullScans(db: Db, sql: string): string[] {
  // An INSERT's plan lists the foreign-key checks for orphan children, which SQLite skips at run time
  // unless deferred violations are outstanding; its own work is a single-row write.
  if (!/^\s*(select|update|delete|with)\b/i.test(sql)) return [];
  const plan = db.$client.prepare(`explain query plan ${sql}`).all(...Array(paramCount(sql)).fill(null)) as { detail: string }[];
  // Plans name a table by its alias when the query gives one ("order_lines l").
  const aliases = new Map<string, string>(GROWING.map((t) => [t, t]));
  for (const t of GROWING) for (const m of sql.matchAll(new RegExp(`["\`]?\\b${t}\\b["\`]?\\s+(?:as\\s+)?["\`]?(\\w+)`, 'gi'))) aliases.set(m[1]!, t);
  return plan
    .map((r) => r.detail)
    .filter((d) => {
      const t = /^SCAN (\w+)/.exec(d)?.[1];
      return t !== undefined && aliases.has(t);
    });
}

describe('query plans', () => {
  it('no query of a day of selling scans orders, order lines, allocations, payments or order events in full', async () => {
    const db = openTestDb();
    const seen = recordQueries(db);
    const clock = fakeClock();
    seedDemoIfEmpty(db, true, clock());
    const token = 'plan-token';
    const app = createApp({ db, clock, config: loadConfig({ ADMIN_API_TOKEN: token, SEPAY_API_KEY: 'sepay-key' }) });
    const post = async (body: Record<string, unknown>): Promise<string> => {
      const res = await app.request('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      return ((await res.json()) as { replies: SimReply[] }).replies.map((r) => ('text' in r ? r.text : (r.caption ?? ''))).join('\n');
    };
    const say = (userId: string, text: string, chatId?: string) => post({ userId, name: userId, text, ...(chatId ? { chatId } : {}) });
    const press = (userId: string, button: string, chatId?: string) => post({ userId, button, ...(chatId ? { chatId } : {}) });
    const api = async (path: string, init: RequestInit = {}) => {
      const res = await app.request(path, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
      expect(res.status).toBeLessThan(300);
      return res.json() as Promise<any>;
    };
    const inbox = (userId: string) => app.request(`/sim/inbox?userId=${userId}`);
    const order = async (userId: string, text: string) => {
      await say(userId, text);
      return /Đã đặt đơn ([A-Z0-9]{7})/.exec(await press(userId, 'ok'))![1]!;
    };

    // A customer orders, reports payment, the treasurer confirms, the household prepares, the admin ships.
    const a = await order('u1', 'cho mình 2 khăn xanh, sđt 0912345678');
    await say('u1', '/donhang');
    await press('u1', `o:${a}`);
    await press('u1', `qr:${a}`);
    await press('u1', `pd:${a}`);
    await press('thu-quy', `cy:${a}`);
    await inbox('ho-lan');
    await press('ho-lan', `hr:${a}`);
    await say('admin', `/giao ${a}`);
    await say('admin', `/danhan ${a}`);
    // Another cancels; a third is paid by hand, re-allocated, and a household cannot supply.
    const b = await order('u2', 'KL-DO x1');
    await press('u2', `x:${b}`);
    await press('u2', `xy:${b}`);
    const c = await order('u3', 'KL-XANH x1');
    await say('admin', `/thanhtoan ${c} tiền mặt`);
    await say('admin', `/chia ${c} KL-XANH ho-minh 1`);
    await press('ho-minh', `hn:${c}`);
    await say('admin', `/huy ${c} hết hàng`);
    // Bank transfers: one matching an order, one matching nothing (assigned by the admin).
    const d = await order('u4', 'KL-VANG x1');
    const sepay = (id: number, content: string, amount: number) =>
      app.request('/webhooks/bank/sepay', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Apikey sepay-key' },
        body: JSON.stringify({ id, gateway: 'Vietcombank', transactionDate: '2026-11-22 10:05:00', accountNumber: '0451000123456', code: null, content, transferType: 'in', transferAmount: amount, accumulated: 0, subAccount: null, referenceCode: `R${id}`, description: content }),
      });
    expect((await sepay(1, `CK ${d}`, 250000)).status).toBe(200);
    const e = await order('u5', 'KL-XANH x1');
    expect((await sepay(2, 'chuyen tien', 250000)).status).toBe(200);
    const unmatched = (await api('/api/groups/lua-van-phuc/payments')).payments.find((p: { status: string }) => p.status === 'unmatched');
    await say('admin', `/gan ${unmatched.id} ${e}`);
    // Group selling with a tally and a pool.
    await say('admin', '/dang', 'g1');
    await say('u6', '+2 khăn xanh', 'g1');
    await say('admin', '/gom mo "Sen" han 23/11 18:00 toi-thieu KL-XANH 2');
    await order('u7', 'KL-XANH x2');
    await say('admin', '/gom');
    // Admin and household views.
    await say('admin', '/don');
    await say('admin', '/don paid');
    await say('admin', '/quyettoan');
    await say('ho-lan', '/doanhthu');
    await say('ho-lan', 'kho KL-XANH 30');
    // The admin API.
    await api('/api/orders?group=lua-van-phuc');
    await api('/api/orders?group=lua-van-phuc&status=paid');
    await api(`/api/orders/${a}`);
    await api('/api/groups/lua-van-phuc/settlement');
    await api('/api/groups/lua-van-phuc/payouts', { method: 'POST', body: JSON.stringify({ household: 'ho-lan', amount: 1000 }) });
    const f = await order('u8', 'KL-DO x1');
    await api(`/api/orders/${f}/mark-paid`, { method: 'POST', body: JSON.stringify({ note: 'tiền mặt' }) });
    // Reminders, expiry and the pool's deadline.
    await order('u9', 'KL-DO x1');
    clock.advance(23 * 3600_000);
    runDueJobs(db, clock);
    clock.set('2026-11-23T11:30:00.000Z');
    runDueJobs(db, clock);

    expect(seen.size).toBeGreaterThan(80);
    const scans = [...seen].flatMap((sql) => fullScans(db, sql).map((plan) => `${plan}  ←  ${sql}`));
    expect(scans).toEqual([]);
  });

  it("settlement sums the orders in flight from the indexes alone, without reading their rows", () => {
    const db = openTestDb();
    seedDemoIfEmpty(db, true, fakeClock()());
    const seen = recordQueries(db);
    settlement(db, 'lua-van-phuc');
    const sums = [...seen].filter((sql) => /sum\(round\(/.test(sql) && /"status" in/.test(sql));
    expect(sums.length).toBeGreaterThan(0);
    for (const sql of sums) {
      const plan = (db.$client.prepare(`explain query plan ${sql}`).all(...Array(paramCount(sql)).fill(null)) as { detail: string }[]).map((r) => r.detail);
      const reads = plan.filter((d) => /^(SEARCH|SCAN) "?(orders|order_lines|allocations)\b/.test(d));
      expect(reads).toHaveLength(3);
      for (const d of reads) expect(d).toMatch(/USING COVERING INDEX/);
    }
  });

  it('the check itself sees a full scan', () => {
    const db = openTestDb();
    expect(fullScans(db, 'select * from orders where customer_name = ?')).toEqual(['SCAN orders']);
    expect(fullScans(db, 'select * from order_lines l where l.sku = ?')).toEqual(['SCAN l']);
    expect(fullScans(db, 'select * from orders where person_id = ?')).toEqual([]);
  });
});
