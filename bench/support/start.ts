/**
 * `npm start`'s bundle on an existing database: the time from launching `node … dist/start.js` to the first
 * 200 from /healthz, and the server's memory (resident set) once it has answered chat turns, admin commands
 * and the orders API. The bundle is built first, as `npm start` does (its prestart script).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Builds dist/start.js as `npm start` does. */
export function buildStartBundle(): void {
  const r = spawnSync('npm', ['run', '--silent', 'prestart'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`prestart failed: ${r.stderr}`);
}

/** The arguments `npm start` gives node (its script is `node [flags] dist/start.js`), without npm's own start-up. */
function startArgs(): string[] {
  const script = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [node, ...args] = script.split(/\s+/);
  if (node !== 'node') throw new Error(`npm start is not "node …": ${script}`);
  return args;
}

/** Resident set of a process now and at its peak, in MB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Starts the bundle `rounds` times on `dbPath` with `env` (median time to /healthz), and after the last
 * start sends `load`'s requests before reading the process's memory.
 */
export async function startFigures(dbPath: string, rounds: number, env: Record<string, string>, load: (base: string) => Promise<void>): Promise<{ startMs: number; startMsAll: number[]; rssMb: number; peakMb: number }> {
  const times: number[] = [];
  let memory = { rss: NaN, peak: NaN };
  for (let r = 0; r < rounds; r++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const t0 = performance.now();
    const child = spawn(process.execPath, startArgs(), { cwd: root, env: { ...process.env, DATABASE_PATH: dbPath, PORT: String(port), LOG_LEVEL: 'silent', DEMO: '0', ...env }, stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; ; i++) {
        if (await fetch(`${base}/healthz`).then((res) => res.ok, () => false)) break;
        if (i > 4000) throw new Error('the server did not answer /healthz in 20 s');
        await new Promise((res) => setTimeout(res, 5));
      }
      times.push(performance.now() - t0);
      if (r === rounds - 1) {
        await load(base);
        memory = memoryOf(child.pid!);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((res) => child.once('exit', res));
    }
  }
  return { startMs: median(times), startMsAll: times, rssMb: memory.rss, peakMb: memory.peak };
}
