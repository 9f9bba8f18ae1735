/**
 * Before and after in the same run, over HTTP: the bench server (bench/support/server.ts) of another checkout
 * of Gom (AB_BASE, e.g. `git worktree add ../gom-main main`) and this checkout's, both running, loaded in turn
 * with the same loads: ROUNDS rounds (default 4) of bare Hono, `/sim/messages`, the Telegram webhook and bare
 * Hono again, each ratio to the mean of the two bare runs of the same server in the same round; then
 * FLASH_ROUNDS flash sales on each in turn (10,000 new buyers, 200 in flight, 100 units). The order of the two
 * alternates by round. Prints medians with min–max. On a shared box, run it while nothing else runs.
 *
 *   AB_BASE=../gom-main npx tsx bench/support/ab-http.ts
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
const SECONDS = Number(process.env.SECS ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const FLASH_ROUNDS = Number(process.env.FLASH_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const TEXTS = ['cho mình 2 khăn xanh nhé', 'lay 1 ao dai size M, sdt 0912345678', 'Shop ơi khăn đỏ còn không ạ?', 'KL-DO x1, CA-VAT x2', 'mình lấy 1 túi lụa thêu với 2 vỏ gối'];
function ask<T>(child: ChildProcess, msg: object): Promise<T> {
  return new Promise((done) => {
    child.once('message', (m) => done(m as T));
    child.send(msg);
  });
}
type Srv = { child: ChildProcess; gom: string; bare: string };
async function start(root: string): Promise<Srv> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'gom-abh-')), 'bench.db');
  const child = fork(join(root, 'bench/support/server.ts'), [dbPath], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const p = await new Promise<{ gom: number; bare: number }>((r) => child.once('message', (m) => r(m as any)));
  return { child, gom: `http://127.0.0.1:${p.gom}`, bare: `http://127.0.0.1:${p.bare}` };
}
if (!process.env.AB_BASE) throw new Error('set AB_BASE to the checkout to compare with (e.g. a worktree of main)');
const trees = { base: resolve(process.env.AB_BASE), new: fileURLToPath(new URL('../..', import.meta.url)) } as const;
type T = keyof typeof trees;
const srv: Record<T, Srv> = { base: await start(trees.base), new: await start(trees.new) };
let seq = 0;
const headers = { 'content-type': 'application/json' };
const simBody = () => { const i = seq++; return JSON.stringify({ userId: `h${i % 2000}`, name: `Khách ${i % 2000}`, text: TEXTS[i % TEXTS.length] }); };
const tgBody = () => { const i = seq++; const user = 7_000_000 + (i % 2000); return JSON.stringify({ update_id: 100_000 + i, message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat: { id: user, type: 'private', first_name: 'Lan' }, from: { id: user, is_bot: false, first_name: 'Lan', language_code: 'vi' }, text: TEXTS[i % TEXTS.length] } }); };
async function load(s: Srv, url: string, path: string, body: () => string, extra: Record<string, string> = {}) {
  const c0 = (await ask<{ cpu: number }>(s.child, { cmd: 'cpu' })).cpu;
  const r = await autocannon({ url, connections: 32, duration: SECONDS, requests: [{ method: 'POST', path, headers: { ...headers, ...extra }, setupRequest: (q) => ({ ...q, body: body() }) }] });
  const c1 = (await ask<{ cpu: number }>(s.child, { cmd: 'cpu' })).cpu;
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, cpu: (c1 - c0) / Math.max(1, r.requests.total) };
}
// warm
for (const t of ['base', 'new'] as T[]) { await autocannon({ url: srv[t].gom, duration: 2, connections: 8, requests: [{ method: 'POST', path: '/sim/messages', headers, setupRequest: (q) => ({ ...q, body: simBody() }) }] }); }
const res: Record<string, number[]> = {};
const put = (k: string, v: number) => (res[k] ??= []).push(v);
for (let r = 0; r < ROUNDS; r++) {
  for (const t of (r % 2 ? ['new', 'base'] : ['base', 'new']) as T[]) {
    const s = srv[t];
    const bare = await load(s, s.bare, '/bare', simBody);
    const sim = await load(s, s.gom, '/sim/messages', simBody);
    const tg = await load(s, s.gom, '/webhooks/telegram/lua-van-phuc', tgBody, { 'x-telegram-bot-api-secret-token': 'bench-secret' });
    const bare2 = await load(s, s.bare, '/bare', simBody);
    const bareRps = (bare.rps + bare2.rps) / 2;
    put(`${t} bare rps`, bareRps);
    put(`${t} sim ratio`, sim.rps / bareRps); put(`${t} sim rps`, sim.rps); put(`${t} sim p99`, sim.p99); put(`${t} sim cpu`, sim.cpu); put(`${t} sim errors`, sim.errors);
    put(`${t} tg ratio`, tg.rps / bareRps); put(`${t} tg rps`, tg.rps); put(`${t} tg p99`, tg.p99); put(`${t} tg cpu`, tg.cpu); put(`${t} tg errors`, tg.errors);
    console.error(`round ${r} ${t}: bare ${bareRps.toFixed(0)} sim ${sim.rps.toFixed(0)} (${(sim.rps / bareRps).toFixed(3)}) p99 ${sim.p99} cpu ${sim.cpu.toFixed(3)} | tg ${tg.rps.toFixed(0)} (${(tg.rps / bareRps).toFixed(3)}) p99 ${tg.p99} cpu ${tg.cpu.toFixed(3)}`);
  }
}
for (let r = 0; r < FLASH_ROUNDS; r++) {
  for (const t of (r % 2 ? ['new', 'base'] : ['base', 'new']) as T[]) {
    const s = srv[t];
    await ask(s.child, { cmd: 'stock', sku: 'KL-XANH', qty: 100 });
    const before = await ask<{ sold: number }>(s.child, { cmd: 'sold', sku: 'KL-XANH' });
    let next = 0; const tag = `f${r}${t}`;
    const c0 = (await ask<{ cpu: number }>(s.child, { cmd: 'cpu' })).cpu;
    const t0 = performance.now();
    const sale = await autocannon({ url: s.gom, connections: 200, amount: 20000, timeout: 30, requests: [
      { method: 'POST', path: '/sim/messages', headers, setupRequest: (q, ctx: any) => { ctx.buyer = next++; return { ...q, body: JSON.stringify({ userId: `${tag}-${ctx.buyer}`, text: 'KL-XANH x1' }) }; } },
      { method: 'POST', path: '/sim/messages', headers, setupRequest: (q, ctx: any) => ({ ...q, body: JSON.stringify({ userId: `${tag}-${ctx.buyer}`, button: 'ok' }) }) },
    ] });
    const wall = (performance.now() - t0) / 1000;
    const c1 = (await ask<{ cpu: number }>(s.child, { cmd: 'cpu' })).cpu;
    const after = await ask<{ sold: number }>(s.child, { cmd: 'sold', sku: 'KL-XANH' });
    const sold = after.sold - before.sold;
    put(`${t} flash wall`, wall); put(`${t} flash p99`, sale.latency.p99); put(`${t} flash sold`, sold); put(`${t} flash errors`, sale.errors + sale.timeouts + sale.non2xx); put(`${t} flash cpu`, (c1 - c0) / 20000);
    console.error(`flash ${r} ${t}: sold ${sold} errors ${sale.errors + sale.timeouts + sale.non2xx} wall ${wall.toFixed(1)} p99 ${sale.latency.p99} cpu ${((c1 - c0) / 20000).toFixed(3)}`);
  }
}
const s = (xs: number[] | undefined, d: number) => (xs ? `${median(xs).toFixed(d)} (${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)})` : '-');
for (const k of ['bare rps', 'sim ratio', 'sim rps', 'sim p99', 'sim cpu', 'tg ratio', 'tg rps', 'tg p99', 'tg cpu', 'flash wall', 'flash p99', 'flash cpu']) {
  const d = /ratio|cpu/.test(k) ? 3 : k === 'flash wall' ? 1 : 0;
  console.log(`${k.padEnd(12)} base ${s(res[`base ${k}`], d).padEnd(28)} new ${s(res[`new ${k}`], d)}`);
}
for (const t of ['base', 'new']) console.log(`${t}: sim errors ${res[`${t} sim errors`]!.reduce((a, b) => a + b)}, tg errors ${res[`${t} tg errors`]!.reduce((a, b) => a + b)}, flash sold ${res[`${t} flash sold`]?.join('/')}, flash errors ${res[`${t} flash errors`]?.join('/')}`);
for (const t of ['base', 'new'] as T[]) srv[t].child.send({ cmd: 'exit' });
