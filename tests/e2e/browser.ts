import { afterAll, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { openTestDb, type Db } from '../../db/index.ts';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { seedDemoIfEmpty } from '../../adapters/boot.ts';
import { listen } from '../../adapters/serve.ts';
import { systemClock } from '../../core/clock.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The path of a Chromium to drive with playwright-core. A fresh CI machine has none, and a test tool's
 * own browser download does not work here, so Debian's `chromium` package is installed when we may
 * (root with apt-get). Returns null, with the reason, when no browser can be had.
 */
export function ensureChromium(): { path: string } | { path: null; reason: string } {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return { path: found };
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return { path: null, reason: 'no Chromium and no root apt-get to install it' };
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env, timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env, timeout: 600_000 });
  } catch (e) {
    return { path: null, reason: `installing Debian's chromium failed: ${(e as Error).message}` };
  }
  const installed = CANDIDATES.find((p) => existsSync(p));
  return installed ? { path: installed } : { path: null, reason: 'chromium package installed no browser binary' };
}

/** Flags for headless Chromium on these machines (no sandbox as root, no background network). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The demo shop served on a loopback port with Chromium launched beside it, for page tests in a real browser.
 * `env` is the configuration (as environment variables) the app runs with.
 */
export async function startDemoInBrowser(executablePath: string, env: Record<string, string> = {}): Promise<{ db: Db; base: string; browser: Browser; close: () => Promise<void> }> {
  const db = openTestDb();
  seedDemoIfEmpty(db, true, new Date());
  const app = createApp({ db, clock: systemClock, config: loadConfig(env) });
  const server = await listen(app, 0, '127.0.0.1');
  const addr = server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    db,
    base,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Inside a `describe`: starts the demo with Chromium before its tests and closes both after them. The returned
 * object's fields are filled once the tests run.
 */
export function useDemoInBrowser(executablePath: string, env: Record<string, string> = {}): { db: Db; base: string; browser: Browser } {
  const demo = {} as { db: Db; base: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const started = await startDemoInBrowser(executablePath, env);
    Object.assign(demo, { db: started.db, base: started.base, browser: started.browser });
    close = started.close;
  }, 120_000);
  afterAll(async () => {
    await close?.();
  });
  return demo;
}
