/**
 * Runs one bench module (`bench/<name>.ts`) the way `npm run bench` runs them all, request logs off: for
 * comparing two checkouts in one sitting, their modules run in turn (`npx tsx bench/support/run-one.ts
 * customer-turns` in each, alternating).
 */
import { createLogger, setLogger } from '../../adapters/log.ts';

setLogger(createLogger(process.env.LOG_LEVEL ?? 'silent'));
const name = process.argv[2];
if (!name || !/^[\w-]+$/.test(name)) throw new Error('usage: npx tsx bench/support/run-one.ts <bench module name, e.g. conversation>');
const mod = (await import(`../${name}.ts`)) as { run?: () => Promise<void> };
if (typeof mod.run !== 'function') throw new Error(`bench/${name}.ts has no run()`);
await mod.run();
