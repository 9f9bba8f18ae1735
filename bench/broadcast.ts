import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, tx, type Db } from '../db/index.ts';
import { importShop } from '../core/catalog/import-shop.ts';
import { parseShopFileText } from '../core/catalog/shop-file.ts';
import { enqueue } from '../core/outbox/enqueue.ts';
import { DEMO_SHOP } from '../adapters/boot.ts';
import { saveTelegramAccount } from '../adapters/telegram/accounts.ts';
import { TelegramBots } from '../adapters/telegram/bot.ts';
import { telegramSender } from '../adapters/telegram/sender.ts';
import { startOutboxWorker } from '../adapters/outbox/worker.ts';
import { startFakeBotApi, type FakeBotApiOptions } from './fake-bot-api.ts';

const TOKEN = '123456:BENCH-broadcast-token';
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

/** Delivers one message to each of `customers` private chats through the real outbox worker and Telegram sender. */
async function broadcast(customers: number, fakeOpts: FakeBotApiOptions, timeoutSeconds: number) {
  const fake = await startFakeBotApi(fakeOpts);
  const db: Db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-bench-')), 'bench.db'));
  const { groupId } = importShop(db, parseShopFileText(readFileSync(DEMO_SHOP, 'utf8')));
  const clock = () => new Date();
  saveTelegramAccount(db, { groupSlug: 'lua-van-phuc', token: TOKEN }, clock());
  const bots = new TelegramBots(db, { apiRoot: fake.url, timeoutSeconds });
  const t0 = Date.now();
  tx(db, (t) => {
    for (let i = 0; i < customers; i++) enqueue(t, { platform: 'telegram', chatId: String(100_000 + i), groupId, payload: { type: 'text', text: `Đợt gom mới: khăn lụa, hạn chủ nhật (#${i})` } }, clock());
  });
  const worker = startOutboxWorker(db, { telegram: telegramSender({ bots, clock }) }, clock, 50);
  const deadline = t0 + 180_000;
  const pending = db.$client.prepare("select count(*) n from outbox where status in ('pending', 'sending')");
  while ((pending.get() as { n: number }).n > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const elapsed = (Date.now() - t0) / 1000;
  worker.stop();
  await worker.delivery.idle().catch(() => undefined);
  const rows = db.$client.prepare("select created_at c, sent_at s from outbox where status = 'sent'").all() as { c: string; s: string }[];
  const latency = rows.map((r) => (Date.parse(r.s) - Date.parse(r.c)) / 1000);
  const perChat = new Map<string, number>();
  for (const d of fake.delivered) perChat.set(d.chatId, (perChat.get(d.chatId) ?? 0) + 1);
  const duplicates = [...perChat.values()].reduce((s, n) => s + Math.max(0, n - 1), 0);
  await fake.close();
  db.$client.close();
  return { elapsed, sent: rows.length, stats: fake.stats, latency, duplicates, reached: perChat.size };
}

/**
 * A 1,000-customer broadcast against a fake Bot API that answers 429 above 30 calls a second (Telegram's
 * documented broadcast limit); then 300 customers with 6% of calls hanging with no answer. Bounded: each
 * run stops after 3 minutes at most.
 */
export async function run(): Promise<void> {
  const b = await broadcast(1000, { perSecond: 30 }, 10);
  console.log(
    `broadcast to 1000 Telegram customers (fake Bot API, 429 above 30/s): ${b.elapsed.toFixed(1)} s, ${b.sent} sent, ${b.stats.rateLimited} answered 429, ` +
      `delivery latency p50 ${pct(b.latency, 50).toFixed(1)} s / p95 ${pct(b.latency, 95).toFixed(1)} s`,
  );
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const h = await broadcast(300, { perSecond: 30, faults: { hangAfterDelivery: 0.06 }, random }, 10);
  console.log(
    `300 customers, 6% of calls hang without an answer (10 s timeout): ${h.elapsed.toFixed(1)} s, ${h.sent} sent, ${h.stats.hangs} hangs, ` +
      `delivery latency p50 ${pct(h.latency, 50).toFixed(1)} s / p95 ${pct(h.latency, 95).toFixed(1)} s, ` +
      `${h.duplicates} duplicates (each one a call that got no answer and was retried), ${h.stats.rateLimited} answered 429`,
  );
}
