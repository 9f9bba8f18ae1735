import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/index.ts';
import { seedDemoIfEmpty } from '../adapters/boot.ts';
import { systemClock } from '../core/clock.ts';
import { handleIncoming } from '../bots/engine.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * CPU time of the customer's turns that checkout, payment claims and questions go through, in-process on a
 * real SQLite file: an order written and placed ("KL-XANH x1", then "Đặt hàng"), a question ("khăn xanh bao
 * nhiêu"), a claim in words ("đã chuyển khoản") and the answer to a checkout question (a receiver's name).
 */
export async function run(): Promise<void> {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-bench-')), 'bench.db'));
  seedDemoIfEmpty(db, true, new Date());
  // Plenty of stock, so every round places its orders.
  db.$client.prepare('update stock set qty = 1000000').run();
  const turn = (userId: string, text?: string, button?: string) =>
    handleIncoming(
      { db, clock: systemClock },
      { platform: 'sim', userId, userName: userId, chatId: userId, chatType: 'private', privateChatId: userId, ...(text !== undefined ? { text } : {}), ...(button !== undefined ? { button } : {}) },
    );
  const cases: [string, (i: number, round: number) => void][] = [
    ['order written and placed (2 turns)', (i, r) => {
      turn(`o${r}-${i}`, 'KL-XANH x1');
      turn(`o${r}-${i}`, undefined, 'ok');
    }],
    ['answer to a checkout question', (i, r) => void turn(`o${r}-${i}`, 'Nguyễn Thị Lan')],
    ['question "khăn xanh bao nhiêu"', (i) => void turn(`q${i}`, 'khăn xanh bao nhiêu')],
    ['claim "đã chuyển khoản"', (i, r) => void turn(`o${r}-${i}`, 'đã chuyển khoản')],
  ];
  const n = 300;
  const figures = new Map<string, number[]>();
  for (let round = 0; round < 5; round++) {
    for (const [name, fn] of cases) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < n; i++) fn(i, round);
      const c = process.cpuUsage(c0);
      figures.set(name, [...(figures.get(name) ?? []), (c.user + c.system) / 1000 / n]);
    }
  }
  for (const [name, ms] of figures) console.log(`customer turn, ${name}: CPU ${median(ms).toFixed(3)} ms (median of 5 rounds of ${n})`);
}
