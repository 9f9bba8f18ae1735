/**
 * The floor under a chat turn over HTTP: the throughput of endpoints that do only a part of what every turn
 * must do (read the message against the catalog; record it durably in SQLite), as ratios to a bare Hono
 * endpoint in the same run, with the same messages and load as `bench/http.ts` (32 connections). A turn can be
 * no faster than `/parse-write`, whatever else it does; the ratio of that endpoint bounds the ratio the HTTP
 * bench can show on this machine. Run alone with `npx tsx bench/support/run-one.ts floor`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 32;
// The HTTP bench's messages.
const TEXTS = ['cho mình 2 khăn xanh nhé', 'lay 1 ao dai size M, sdt 0912345678', 'Shop ơi khăn đỏ còn không ạ?', 'KL-DO x1, CA-VAT x2', 'mình lấy 1 túi lụa thêu với 2 vỏ gối'];
const PATHS = ['/bare', '/parse', '/write', '/parse-write'] as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function ask<T>(child: ChildProcess, msg: object): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(msg);
  });
}

/** Prints, per endpoint, requests/s, CPU per request and the ratio to the bare endpoint of the same round. */
export async function run(): Promise<void> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'gom-bench-floor-')), 'floor.db');
  const child = fork(fileURLToPath(new URL('./support/floor-server.ts', import.meta.url)), [dbPath], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })));
    let seq = 0;
    const body = () => {
      const i = seq++;
      return JSON.stringify({ userId: `h${i % 2000}`, name: `Khách ${i % 2000}`, text: TEXTS[i % TEXTS.length] });
    };
    const load = async (path: string, duration = SECONDS) => {
      const before = await ask<{ cpu: number }>(child, { cmd: 'cpu' });
      const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration, requests: [{ method: 'POST', path, headers: { 'content-type': 'application/json' }, setupRequest: (q) => ({ ...q, body: body() }) }] });
      const after = await ask<{ cpu: number }>(child, { cmd: 'cpu' });
      return { rps: r.requests.average, cpu: (after.cpu - before.cpu) / Math.max(1, r.requests.total), errors: r.errors + r.timeouts + r.non2xx };
    };
    for (const p of PATHS) await load(p, 1); // warm the JIT and the page cache
    const rows = new Map<string, { rps: number[]; cpu: number[]; ratio: number[]; errors: number }>(PATHS.map((p) => [p, { rps: [], cpu: [], ratio: [], errors: 0 }]));
    for (let r = 0; r < ROUNDS; r++) {
      const got = new Map<string, Awaited<ReturnType<typeof load>>>();
      for (const p of PATHS) got.set(p, await load(p));
      const bareAfter = await load('/bare');
      const bareRps = (got.get('/bare')!.rps + bareAfter.rps) / 2;
      for (const p of PATHS) {
        const row = rows.get(p)!;
        const g = got.get(p)!;
        row.rps.push(g.rps);
        row.cpu.push(g.cpu);
        row.ratio.push(g.rps / bareRps);
        row.errors += g.errors;
      }
    }
    const spread = (xs: number[], d: number) => `${median(xs).toFixed(d)} (${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)})`;
    console.log(`floor: ${ROUNDS} rounds, median (min–max); ${CONNECTIONS} connections, ${SECONDS} s per run; ratio to the bare endpoint of the same round`);
    for (const p of PATHS) {
      const row = rows.get(p)!;
      console.log(`floor: ${p.padEnd(12)} ${spread(row.rps, 0)} req/s, ratio ${spread(row.ratio, 3)}, server CPU ${spread(row.cpu, 3)} ms per request, ${row.errors} errors`);
    }
  } finally {
    child.send({ cmd: 'exit' });
  }
}
