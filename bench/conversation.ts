import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/index.ts';
import { createApp } from '../adapters/server.ts';
import { loadConfig } from '../adapters/config.ts';
import { seedDemoIfEmpty } from '../adapters/boot.ts';
import { systemClock } from '../core/clock.ts';
import { handleIncoming } from '../bots/engine.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Chat messages handled per second end to end through the HTTP app (simulator route, real SQLite file
 * with WAL): a free-text order parsed, the cart saved, the reply written to the outbox and read back.
 */
export async function run(): Promise<void> {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-bench-')), 'bench.db'));
  seedDemoIfEmpty(db, true, new Date());
  const app = createApp({ db, clock: systemClock, config: loadConfig({}) });
  const texts = ['cho mình 2 khăn xanh nhé', 'lay 1 ao dai size M, sdt 0912345678', 'Shop ơi khăn đỏ còn không ạ?', 'KL-DO x1, CA-VAT x2'];
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    const n = 200;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const res = await app.request('/sim/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: `b${i % 50}`, text: texts[i % texts.length] }),
      });
      await res.arrayBuffer();
    }
    rates.push((n / (performance.now() - t0)) * 1000);
  }
  console.log(`chat messages handled per second through the app (median of 5 rounds of 200): ${Math.round(median(rates))}`);

  // The chat turn alone (no HTTP): the engine's handleIncoming, with its CPU time per turn.
  const turns: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    const n = 1000;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const userId = `t${i % 200}`;
      handleIncoming({ db, clock: systemClock }, { platform: 'sim', userId, userName: userId, chatId: userId, chatType: 'private', privateChatId: userId, text: texts[i % texts.length]! });
    }
    turns.push((n / (performance.now() - t0)) * 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000 / n);
  }
  console.log(`chat turns per second in-process (handleIncoming, median of 5 rounds of 1000): ${Math.round(median(turns))}; CPU ${median(cpu).toFixed(3)} ms per turn`);
}
