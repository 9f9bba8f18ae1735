import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger, setLogger } from '../adapters/log.ts';

// `npm run bench`: runs every bench/*.ts module's `run()` in turn and prints their figures.
// Request logs would drown the figures: benchmarks run with logging off unless LOG_LEVEL asks for it.
setLogger(createLogger(process.env.LOG_LEVEL ?? 'silent'));
const dir = fileURLToPath(new URL('../bench/', import.meta.url));
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(`../bench/${file}`)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') continue;
  console.log(`# ${file.replace(/\.ts$/, '')}`);
  await mod.run();
}
