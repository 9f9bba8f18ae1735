import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/index.ts';
import { createApp } from '../adapters/server.ts';
import { loadConfig } from '../adapters/config.ts';
import { listen } from '../adapters/serve.ts';
import { systemClock } from '../core/clock.ts';
import { createLogger, setLogger } from '../adapters/log.ts';

const MB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Streams `size` bytes of a JSON-looking body to `path` as fast as the server takes them; resolves with the status. */
function hugePost(port: number, path: string, size: number): Promise<number> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(MB, 0x20);
    let sent = 0;
    let done = false;
    const req = httpRequest({ port, host: '127.0.0.1', path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': size } }, (res) => {
      res.resume();
      done = true;
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', () => (done ? undefined : ((done = true), resolve(0))));
    const pump = () => {
      while (!done && sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}

/**
 * Four unauthenticated 100 MB POSTs to the SePay webhook at once: the server's peak memory growth, and
 * /healthz latency (median of probes every 50 ms) while they run.
 */
export async function run(): Promise<void> {
  setLogger(createLogger('silent'));
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-bench-')), 'bench.db'));
  const app = createApp({ db, clock: systemClock, config: loadConfig({ SEPAY_API_KEY: 'bench-key' }) });
  const server = await listen(app, 0, '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const health: number[] = [];
  let running = true;
  const prober = (async () => {
    while (running || health.length < 10) {
      const t0 = performance.now();
      await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.arrayBuffer());
      health.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  const statuses = await Promise.all([0, 1, 2, 3].map(() => hugePost(port, '/webhooks/bank/sepay', 100 * MB)));
  const elapsed = performance.now() - t0;
  running = false;
  await prober;
  clearInterval(sampler);
  server.close();
  console.log(
    `4 × 100 MB unauthenticated POSTs: answered ${statuses.join('/')} in ${Math.round(elapsed)} ms; ` +
      `peak memory growth ${Math.round((peak - rss0) / MB)} MB; /healthz median ${median(health).toFixed(1)} ms (max ${Math.max(...health).toFixed(1)} ms, ${health.length} probes)`,
  );
}
