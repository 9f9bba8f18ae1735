import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `npm run bench`: runs every bench/*.ts module's `run()` in turn and prints their figures.
const dir = fileURLToPath(new URL('../bench/', import.meta.url));
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(`../bench/${file}`)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') continue;
  console.log(`# ${file.replace(/\.ts$/, '')}`);
  await mod.run();
}
