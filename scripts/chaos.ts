import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { startFakeBotApi } from '../bench/fake-bot-api.ts';

/**
 * `npm run chaos`: kill -9 under load. Runs the real server (`scripts/start.ts`) as a child process on
 * loopback with Telegram pointed at a fake Bot API on loopback that injects 20% faults (5% 500, 5% 429,
 * 5% hangs after delivering, 5% hangs before), and SePay webhooks on. Customers order through Telegram
 * webhooks (text, then the ✅ button) and pay by SePay transfer, re-sending every request until it is
 * acknowledged (as Telegram and SePay do); meanwhile the server is killed with SIGKILL and restarted N
 * times. At the end the server drains its outbox without faults' end, and the script prints orders lost
 * and duplicated, payments counted, stock leaked, and messages lost and duplicated.
 *
 * Bounded: CHAOS_CUSTOMERS (default 60) customers, CHAOS_KILLS (default 8) restarts, and a hard deadline of
 * CHAOS_DEADLINE_S (default 420) seconds, after which it reports what it has. Exits 1 if an invariant broke.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CUSTOMERS = Number(process.env.CHAOS_CUSTOMERS ?? 60);
const KILLS = Number(process.env.CHAOS_KILLS ?? 8);
const DEADLINE = Date.now() + Number(process.env.CHAOS_DEADLINE_S ?? 420) * 1000;
const TOKEN = '7000001:CHAOS-fake-bot-token';
const SECRET = 'chaos-webhook-secret';
const SEPAY_KEY = 'chaos-sepay-key';
const ITEMS = ['KL-XANH x1', 'KL-DO x1', 'TUI-LUA x1', 'CA-VAT x1', 'GOI-LUA x1', 'LT-M x2'];

let seed = Number(process.env.CHAOS_SEED ?? 7);
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${s}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'gom-chaos-'));
const dbFile = join(dir, 'gom.db');
const fake = await startFakeBotApi({ perSecond: 30, faults: { error500: 0.05, rate429: 0.05, hangAfterDelivery: 0.05, hangBeforeDelivery: 0.05 }, random });
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_PATH: dbFile,
  DEMO: '1',
  SIM: '0',
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  TELEGRAM_API_ROOT: fake.url,
  SEPAY_API_KEY: SEPAY_KEY,
  PUBLIC_URL: '',
};

let child: ChildProcess | undefined;
let starts = 0;
async function startServer(): Promise<void> {
  starts++;
  child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/start.ts')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => {
    const line = d.toString();
    if (/outbox|Error|error/.test(line) && !/could not reach Telegram|PUBLIC_URL/.test(line)) process.stderr.write(`  server: ${line}`);
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(500) })).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(50);
  }
  throw new Error('the server did not come up');
}

/** POSTs until the server acknowledges with 200, as Telegram and SePay redeliver. */
async function deliver(path: string, headers: Record<string, string>, body: unknown): Promise<boolean> {
  while (Date.now() < DEADLINE) {
    try {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return true;
    } catch {
      /* killed mid-request: try again */
    }
    await sleep(100 + random() * 200);
  }
  return false;
}

const telegram = (update: unknown) => deliver(`/webhooks/telegram/lua-van-phuc`, { 'x-telegram-bot-api-secret-token': SECRET }, update);
const chat = (userId: number) => ({ id: userId, type: 'private', first_name: `Khách ${userId}` });
const from = (userId: number) => ({ id: userId, is_bot: false, first_name: `Khách ${userId}`, language_code: 'vi' });

const reader = () => new Database(dbFile, { readonly: true, fileMustExist: true });

interface Customer {
  userId: number;
  ordered: boolean;
  paid?: { id: number; amount: number; code: string };
}

async function customer(i: number): Promise<Customer> {
  const userId = 5_000_000 + i;
  const c: Customer = { userId, ordered: false };
  const t = Math.floor(Date.now() / 1000);
  await telegram({ update_id: 100_000 + i * 10, message: { message_id: 10 + i, date: t, chat: chat(userId), from: from(userId), text: ITEMS[i % ITEMS.length] } });
  c.ordered = await telegram({
    update_id: 100_000 + i * 10 + 1,
    callback_query: { id: `q${i}`, chat_instance: `ci${i}`, data: 'ok', from: from(userId), message: { message_id: 1, date: t, chat: chat(userId), text: 'giỏ hàng' } },
  });
  if (!c.ordered) return c;
  let order: { code: string; total: number } | undefined;
  for (let k = 0; k < 200 && !order && Date.now() < DEADLINE; k++) {
    const db = reader();
    order = db.prepare("select o.code, o.total from orders o join identities i on i.id = o.identity_id where i.platform = 'telegram' and i.platform_user_id = ?").get(String(userId)) as typeof order;
    db.close();
    if (!order) await sleep(100);
  }
  if (!order) return c;
  const id = 900_000 + i;
  const ok = await deliver('/webhooks/bank/sepay', { authorization: `Apikey ${SEPAY_KEY}` }, {
    id,
    gateway: 'Vietcombank',
    transactionDate: '2026-12-03 10:00:00',
    accountNumber: '0451000123456',
    code: null,
    content: `CK ${order.code}`,
    transferType: 'in',
    transferAmount: order.total,
    accumulated: 0,
    subAccount: null,
    referenceCode: `FT${id}`,
    description: `CK ${order.code}`,
  });
  if (ok) c.paid = { id, amount: order.total, code: order.code };
  return c;
}

log(`database ${dbFile}; fake Bot API ${fake.url} with 20% faults; ${CUSTOMERS} customers; ${KILLS} kill -9 restarts`);
await startServer();
const initialStock = (() => {
  const db = reader();
  const r = db.prepare('select sum(qty) q from stock').get() as { q: number };
  db.close();
  return r.q;
})();

// Customers arrive 8 at a time while the server is killed and restarted.
const customers: Customer[] = [];
const load = (async () => {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < CUSTOMERS && Date.now() < DEADLINE) customers.push(await customer(next++));
    }),
  );
})();
const killer = (async () => {
  for (let k = 0; k < KILLS && Date.now() < DEADLINE; k++) {
    await sleep(1500 + random() * 2500);
    child?.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    log(`kill -9 #${k + 1}`);
    await startServer();
  }
})();
await Promise.all([load, killer]);
const outstanding = () => {
  const db = reader();
  const r = db.prepare("select count(*) n from outbox where platform = 'telegram' and status in ('pending', 'sending')").get() as { n: number };
  db.close();
  return r.n;
};
log(`load done (${customers.length} customers); draining the outbox (${outstanding()} messages outstanding)`);
while (outstanding() > 0 && Date.now() < DEADLINE) await sleep(500);
log(`outbox drained (${outstanding()} outstanding)`);
child?.kill('SIGTERM');
await new Promise((r) => child?.once('exit', r));

// ---- the reckoning ----
const db = reader();
const ordersOf = db.prepare("select o.id, o.code, o.status, o.total, o.paid_amount paid from orders o join identities i on i.id = o.identity_id where i.platform = 'telegram' and i.platform_user_id = ?");
let lost = 0;
let duplicated = 0;
for (const c of customers) {
  const os = ordersOf.all(String(c.userId)) as unknown[];
  if (c.ordered && os.length === 0) lost++;
  duplicated += Math.max(0, os.length - 1);
}
const transfers = customers.filter((c) => c.paid);
const paymentRows = db.prepare("select external_id e, count(*) n from payments where source = 'sepay' group by external_id").all() as { e: string; n: number }[];
const counted = paymentRows.filter((r) => transfers.some((c) => String(c.paid!.id) === r.e)).length;
const paidSum = (db.prepare('select coalesce(sum(paid_amount), 0) s from orders').get() as { s: number }).s;
const transferSum = transfers.reduce((s, c) => s + c.paid!.amount, 0);
const paidOrders = (db.prepare("select count(*) n from orders where status = 'paid' and paid_amount = total").get() as { n: number }).n;
const stockNow = (db.prepare('select sum(qty) q from stock').get() as { q: number }).q;
const reserved = (db.prepare("select coalesce(sum(l.qty), 0) q from order_lines l join orders o on o.id = l.order_id where o.status not in ('cancelled', 'expired')").get() as { q: number }).q;
const leaked = Math.round((initialStock - stockNow - reserved) * 1000) / 1000;

// Messages: what the outbox meant to send (Telegram, not edits) against what the platform delivered.
const rows = db.prepare("select chat_id c, status s, payload p from outbox where platform = 'telegram'").all() as { c: string; s: string; p: string }[];
const keyOf = (chatId: string, text: string) => `${chatId}|${text.slice(0, 40)}`;
const meant = new Map<string, { n: number; unknown: number }>();
const statusCount: Record<string, number> = {};
for (const r of rows) {
  statusCount[r.s] = (statusCount[r.s] ?? 0) + 1;
  const p = JSON.parse(r.p) as { type: string; text?: string; caption?: string };
  if (p.type === 'edit') continue;
  const k = keyOf(r.c, p.text ?? p.caption ?? '');
  const m = meant.get(k) ?? { n: 0, unknown: 0 };
  m.n++;
  if (r.s === 'unknown') m.unknown++;
  meant.set(k, m);
}
const got = new Map<string, { n: number; answered: number }>();
for (const d of fake.delivered) {
  const g = got.get(keyOf(d.chatId, d.text)) ?? { n: 0, answered: 0 };
  g.n++;
  if (d.answered) g.answered++;
  got.set(keyOf(d.chatId, d.text), g);
}
let msgLost = 0;
let msgDup = 0;
// A duplicate after the platform had answered (more answered deliveries than messages meant) is the kind that must not happen.
let dupAfterAnswer = 0;
let unknownDelivered = 0;
for (const [k, m] of meant) {
  const g = got.get(k) ?? { n: 0, answered: 0 };
  msgLost += Math.max(0, m.n - g.n);
  msgDup += Math.max(0, g.n - m.n);
  dupAfterAnswer += Math.max(0, g.answered - m.n);
  if (m.unknown) unknownDelivered += Math.min(m.unknown, g.n);
}
db.close();
await fake.close();

const expectedMessages = [...meant.values()].reduce((s, m) => s + m.n, 0);
console.log('');
console.log(`server starts: ${starts} (${starts - 1} after kill -9); fake Bot API: ${fake.stats.calls} send calls, ${fake.stats.injected500} × 500, ${fake.stats.injected429 + fake.stats.rateLimited} × 429, ${fake.stats.hangs} hangs`);
console.log(`orders: ${customers.filter((c) => c.ordered).length} acknowledged, lost ${lost}, duplicated ${duplicated}`);
console.log(`payments: ${counted} of ${transfers.length} acknowledged transfers counted once; ${paidOrders} orders paid exactly; paid amounts ${paidSum === transferSum ? 'equal' : 'DIFFER from'} the transfers (${paidSum} vs ${transferSum})`);
console.log(`stock: leaked ${leaked} (initial ${initialStock}, now ${stockNow}, reserved by live orders ${reserved})`);
console.log(`messages: ${expectedMessages} to deliver; lost ${msgLost}, duplicated ${msgDup} (${dupAfterAnswer} after the platform had answered); outbox ${JSON.stringify(statusCount)}`);
console.log(`  'unknown' = messages that had just left when the process died (the answer may have been in transit), not sent again (a note followed each QR); ${unknownDelivered} of them had arrived, so ${msgLost} lost`);
console.log(`  duplicates are messages the platform delivered without answering (${fake.stats.hangs} hangs, and calls cut by kill -9), then sent again`);
if (!process.env.CHAOS_KEEP) rmSync(dir, { recursive: true, force: true });
const broken = lost > 0 || duplicated > 0 || counted !== transfers.length || paidSum !== transferSum || leaked !== 0 || dupAfterAnswer > 0;
process.exit(broken ? 1 : 0);
