/**
 * What 100,000 orders in the database do to chat turns and admin commands: `/donhang`, `/quyettoan`,
 * a checkout, and `GET /api/orders`, timed in-process on a real SQLite file with the demo shop and a
 * few orders, then again after 100,000 more orders of 5,000 customers are written straight into the
 * tables: a shop's history (older orders delivered, cancelled or expired) and its last 1,000 orders
 * still moving (awaiting payment, paid, ready, shipped).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../db/index.ts';
import { createApp } from '../adapters/server.ts';
import { loadConfig } from '../adapters/config.ts';
import { seedDemoIfEmpty } from '../adapters/boot.ts';
import { systemClock } from '../core/clock.ts';
import { handleIncoming } from '../bots/engine.ts';
import type { Incoming } from '../bots/model.ts';
import { buildStartBundle, startFigures } from './support/start.ts';

const TOKEN = 'bench-token';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function sim(userId: string, body: { text: string } | { button: string }): Incoming {
  return { platform: 'sim', userId, userName: userId, chatId: userId, chatType: 'private', privateChatId: userId, ...body };
}

/** Median wall time of `fn` in milliseconds over `n` runs (after 3 warm-up runs). */
async function time(n: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

interface Figures {
  donhang: number;
  quyettoan: number;
  checkout: number;
  apiOrders: number;
  apiOrdersPage: number | null;
}

async function measure(db: Db): Promise<Figures> {
  const deps = { db, clock: systemClock };
  const app = createApp({ db, clock: systemClock, config: loadConfig({ ADMIN_API_TOKEN: TOKEN }) });
  const auth = { authorization: `Bearer ${TOKEN}` };
  const donhang = await time(50, () => handleIncoming(deps, sim('lan', { text: '/donhang' })));
  const quyettoan = await time(30, () => handleIncoming(deps, sim('admin', { text: '/quyettoan' })));
  const checkout = await time(30, () => {
    handleIncoming(deps, sim('lan', { text: 'KL-DO x1' }));
    handleIncoming(deps, sim('lan', { button: 'ok' }));
  });
  const apiOrders = await time(10, async () => (await app.request('/api/orders?group=lua-van-phuc', { headers: auth })).arrayBuffer());
  const page = await app.request('/api/orders?group=lua-van-phuc&limit=50', { headers: auth });
  const apiOrdersPage = page.status === 200 ? await time(30, async () => (await app.request('/api/orders?group=lua-van-phuc&limit=50', { headers: auth })).arrayBuffer()) : null;
  return { donhang, quyettoan, checkout, apiOrders, apiOrdersPage };
}

/** Writes `n` orders (one line, one allocation and the event of its last move each) for 5,000 customers straight into the tables. */
export function bulkOrders(db: Db, n: number): void {
  const c = db.$client;
  const history = ['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'cancelled', 'expired'];
  const recent = ['awaiting_payment', 'paid', 'ready', 'shipped', 'delivered'];
  const products = c.prepare("select id, sku, name, unit, price from products where group_id = 1 and active = 1").all() as { id: number; sku: string; name: string; unit: string; price: number }[];
  const households = c.prepare('select id from households where group_id = 1').all() as { id: number }[];
  c.transaction(() => {
    const person = c.prepare('insert into people (name) values (?)');
    const identity = c.prepare("insert into identities (person_id, platform, platform_user_id, display_name, private_chat_id) values (?, 'sim', ?, ?, ?)");
    const customers: { person: number; identity: number; userId: string }[] = [];
    for (let i = 0; i < 5000; i++) {
      const userId = `bulk${i}`;
      const p = Number(person.run(`Khách ${i}`).lastInsertRowid);
      customers.push({ person: p, identity: Number(identity.run(p, userId, `Khách ${i}`, userId).lastInsertRowid), userId });
    }
    const order = c.prepare(
      `insert into orders (code, group_id, person_id, identity_id, customer_name, status, payment_status, total, paid_amount, chat_platform, chat_id, created_at, updated_at)
       values (?, 1, ?, ?, ?, ?, ?, ?, ?, 'sim', ?, ?, ?)`,
    );
    const line = c.prepare('insert into order_lines (order_id, product_id, sku, name, unit, qty, unit_price, line_total) values (?, ?, ?, ?, ?, ?, ?, ?)');
    const alloc = c.prepare("insert into allocations (order_line_id, household_id, qty, status) values (?, ?, ?, 'ready')");
    // The event of the order's last move, as transitionOrder writes it (settlement finds deliveries by theirs).
    const event = c.prepare("insert into order_events (order_id, type, from_status, to_status, actor, at) values (?, 'status', null, ?, 'bench', ?)");
    const start = Date.now() - n * 60_000;
    for (let i = 0; i < n; i++) {
      const cu = customers[i % customers.length]!;
      const p = products[i % products.length]!;
      const status = i < n - 1000 ? history[i % history.length]! : recent[i % recent.length]!;
      const qty = 1 + (i % 3);
      const total = p.price * qty;
      const paid = status === 'cancelled' || status === 'expired' || status === 'awaiting_payment' ? 0 : total;
      const at = new Date(start + i * 60_000).toISOString();
      const o = Number(order.run(`BK${i.toString(36).toUpperCase().padStart(6, '0')}`, cu.person, cu.identity, `Khách`, status, paid ? 'paid' : 'unpaid', total, paid, cu.userId, at, at).lastInsertRowid);
      const l = Number(line.run(o, p.id, p.sku, p.name, p.unit, qty, p.price, total).lastInsertRowid);
      alloc.run(l, households[i % households.length]!.id, qty);
      if (status !== 'awaiting_payment') event.run(o, status, at);
    }
  })();
}

const show = (f: Figures) =>
  `/donhang ${f.donhang.toFixed(2)} ms, /quyettoan ${f.quyettoan.toFixed(2)} ms, message + checkout ${f.checkout.toFixed(2)} ms, GET /api/orders (default page) ${f.apiOrders.toFixed(1)} ms` +
  (f.apiOrdersPage === null ? ', ?limit=50 not supported' : `, GET /api/orders?limit=50 ${f.apiOrdersPage.toFixed(2)} ms`);

/** Prints the figures with a handful of orders and with 100,000 more. */
export async function run(): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'gom-bench-scale-')), 'bench.db');
  const db = openDb(path);
  seedDemoIfEmpty(db, true, new Date());
  db.$client.prepare('update stock set qty = 100000').run();
  const deps = { db, clock: systemClock };
  for (let i = 0; i < 5; i++) {
    handleIncoming(deps, sim('lan', { text: `KL-XANH x${i + 1}` }));
    handleIncoming(deps, sim('lan', { button: 'ok' }));
  }
  const small = await measure(db);
  const t0 = performance.now();
  bulkOrders(db, 100_000);
  const filled = performance.now() - t0;
  const large = await measure(db);
  console.log(`scale: ~0 orders:    ${show(small)}`);
  console.log(`scale: 100k orders:  ${show(large)} (100k orders written in ${(filled / 1000).toFixed(1)} s)`);
  const r = (a: number, b: number) => (b / a).toFixed(1);
  console.log(`scale: 100k / ~0: /donhang ${r(small.donhang, large.donhang)}×, /quyettoan ${r(small.quyettoan, large.quyettoan)}×, checkout ${r(small.checkout, large.checkout)}×`);
  db.$client.close();

  // npm start on this database of 100k orders: time to /healthz, then memory after some work.
  buildStartBundle();
  const start = await startFigures(path, 5, { ADMIN_API_TOKEN: TOKEN }, async (base) => {
    const post = (body: object) => fetch(`${base}/sim/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((res) => res.arrayBuffer());
    for (let i = 0; i < 300; i++) await post({ userId: `mem${i % 50}`, text: ['cho mình 2 khăn xanh nhé', '/donhang', 'KL-DO x1, CA-VAT x2'][i % 3]! });
    for (let i = 0; i < 20; i++) await post({ userId: 'admin', text: '/quyettoan' });
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = (await (await fetch(`${base}/api/orders?group=lua-van-phuc&limit=500${cursor ? `&before=${cursor}` : ''}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { next?: string };
      cursor = page.next;
    }
  });
  console.log(
    `scale: npm start with 100k orders: /healthz after ${Math.round(start.startMs)} ms (median of ${start.startMsAll.length}: ${start.startMsAll.map((x) => Math.round(x)).join(', ')}); ` +
      `memory after 320 chat turns and 20 pages of 500 orders: ${Math.round(start.rssMb)} MB resident (peak ${Math.round(start.peakMb)} MB)`,
  );
}
