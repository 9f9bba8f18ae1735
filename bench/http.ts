/**
 * HTTP throughput under load, Gom against a bare Hono endpoint measured in the same run (the ratio is
 * the figure to compare across machines): free-text orders on `POST /sim/messages`, the same messages
 * as Telegram webhook updates, and a flash sale (10,000 buyers, 200 in flight, 100 units). The server
 * runs in a child process and the load generator (autocannon) in this one, so each has a core.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const CONNECTIONS = 32;
const TEXTS = ['cho mình 2 khăn xanh nhé', 'lay 1 ao dai size M, sdt 0912345678', 'Shop ơi khăn đỏ còn không ạ?', 'KL-DO x1, CA-VAT x2', 'mình lấy 1 túi lụa thêu với 2 vỏ gối'];
const TELEGRAM_SECRET = 'bench-secret';

/** A request/response exchange with the server process over IPC. */
function ask<T>(child: ChildProcess, msg: object): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(msg);
  });
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  cpuMsPerRequest: number;
}

async function load(child: ChildProcess, opts: autocannon.Options): Promise<Load> {
  const before = await ask<{ cpu: number }>(child, { cmd: 'cpu' });
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  const after = await ask<{ cpu: number }>(child, { cmd: 'cpu' });
  const requests = r.requests.total;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    requests,
    cpuMsPerRequest: (after.cpu - before.cpu) / Math.max(1, requests),
  };
}

let seq = 0;
const json = (o: object) => JSON.stringify(o);
const simBody = () => {
  const i = seq++;
  return json({ userId: `h${i % 2000}`, name: `Khách ${i % 2000}`, text: TEXTS[i % TEXTS.length] });
};
const telegramBody = () => {
  const i = seq++;
  const user = 7_000_000 + (i % 2000);
  return json({
    update_id: 100_000 + i,
    message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat: { id: user, type: 'private', first_name: 'Lan' }, from: { id: user, is_bot: false, first_name: 'Lan', language_code: 'vi' }, text: TEXTS[i % TEXTS.length] },
  });
};


/** Runs the three loads and prints their figures. */
export async function run(): Promise<void> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'gom-bench-http-')), 'bench.db');
  const child = fork(fileURLToPath(new URL('./support/server.ts', import.meta.url)), [dbPath], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const ports = await new Promise<{ gom: number; bare: number }>((resolve) => child.once('message', (m) => resolve(m as { gom: number; bare: number })));
    const gom = `http://127.0.0.1:${ports.gom}`;
    const bareUrl = `http://127.0.0.1:${ports.bare}`;
    const headers = { 'content-type': 'application/json' };
    const bare = () => load(child, { url: bareUrl, requests: [{ method: 'POST', path: '/bare', headers, setupRequest: (r) => ({ ...r, body: simBody() }) }] });

    // Warm both servers (JIT, SQLite page cache) before measuring.
    await autocannon({ url: gom, duration: 2, connections: 8, requests: [{ method: 'POST', path: '/sim/messages', headers, setupRequest: (r) => ({ ...r, body: simBody() }) }] });
    await autocannon({ url: bareUrl, duration: 1, connections: 8, requests: [{ method: 'POST', path: '/bare', headers, setupRequest: (r) => ({ ...r, body: simBody() }) }] });

    // ROUNDS rounds (default 3) of bare Hono, the simulator and the Telegram webhook in turn: each Gom load
    // is compared with the bare runs just before and after it, and the figures are the median (min–max).
    const rounds: { bare: Load; sim: Load; tg: Load; simRatio: number; tgRatio: number }[] = [];
    let bareBefore = await bare();
    for (let r = 0; r < ROUNDS; r++) {
      const sim = await load(child, { url: gom, requests: [{ method: 'POST', path: '/sim/messages', headers, setupRequest: (q) => ({ ...q, body: simBody() }) }] });
      const tg = await load(child, {
        url: gom,
        requests: [{ method: 'POST', path: '/webhooks/telegram/lua-van-phuc', headers: { ...headers, 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET }, setupRequest: (q) => ({ ...q, body: telegramBody() }) }],
      });
      const bareAfter = await bare();
      const bareRps = (bareBefore.rps + bareAfter.rps) / 2;
      rounds.push({ bare: bareBefore, sim, tg, simRatio: sim.rps / bareRps, tgRatio: tg.rps / bareRps });
      bareBefore = bareAfter;
    }
    const spread = (xs: number[], digits: number) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
    const line = (pick: (r: (typeof rounds)[number]) => Load, ratio?: (r: (typeof rounds)[number]) => number) => {
      const ls = rounds.map(pick);
      return (
        `${spread(ls.map((l) => l.rps), 0)} req/s, p50 ${spread(ls.map((l) => l.p50), 0)} ms, p99 ${spread(ls.map((l) => l.p99), 0)} ms, ${ls.reduce((n, l) => n + l.errors, 0)} errors` +
        (ratio ? `; ratio to bare Hono ${spread(rounds.map(ratio), 3)}; server CPU ${spread(ls.map((l) => l.cpuMsPerRequest), 3)} ms per turn` : '')
      );
    };
    console.log(`http: ${ROUNDS} rounds, median (min–max) of the rounds; ${CONNECTIONS} connections, ${SECONDS} s per run`);
    console.log(`http: bare Hono POST (JSON in, JSON out): ${line((r) => r.bare)}`);
    console.log(`http: /sim/messages free-text orders: ${line((r) => r.sim, (r) => r.simRatio)}`);
    console.log(`http: Telegram webhook, same messages: ${line((r) => r.tg, (r) => r.tgRatio)}`);

    // Flash sale: each buyer writes "KL-XANH x1" then taps "confirm", 200 buyers at a time, 100 units.
    await ask(child, { cmd: 'stock', sku: 'KL-XANH', qty: 100 });
    const buyers = 10_000;
    let next = 0;
    const t0 = performance.now();
    const sale = await autocannon({
      url: gom,
      connections: 200,
      amount: buyers * 2,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: '/sim/messages',
          headers,
          setupRequest: (r, ctx) => {
            (ctx as { buyer: number }).buyer = next++;
            return { ...r, body: json({ userId: `flash${(ctx as { buyer: number }).buyer}`, text: 'KL-XANH x1' }) };
          },
        },
        { method: 'POST', path: '/sim/messages', headers, setupRequest: (r, ctx) => ({ ...r, body: json({ userId: `flash${(ctx as { buyer: number }).buyer}`, button: 'ok' }) }) },
      ],
    });
    const wall = (performance.now() - t0) / 1000;
    const sold = await ask<{ sold: number; orders: number }>(child, { cmd: 'sold', sku: 'KL-XANH' });
    console.log(
      `flash sale: ${buyers} buyers × (message + confirm), 200 in flight, 100 units: sold ${sold.sold} (${sold.orders} orders), errors ${sale.errors + sale.timeouts + sale.non2xx}, wall ${wall.toFixed(1)} s, p50 ${sale.latency.p50} ms, p99 ${sale.latency.p99} ms`,
    );
  } finally {
    child.send({ cmd: 'exit' });
  }
}
