import { resolve } from 'node:path';
import { loadConfig } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';
import { backupDatabase } from '../adapters/backup.ts';

// `npm run backup -- FILE`: a consistent online copy of DATABASE_PATH (WAL included) into FILE.
try {
  const target = process.argv[2];
  if (!target) throw new Error('usage: npm run backup -- FILE');
  const source = loadConfig(environment()).DATABASE_PATH;
  const { pages } = await backupDatabase(source, resolve(target));
  console.log(`backed up ${source} to ${target} (${pages} pages, integrity ok)`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
