import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/index.ts';
import { loadConfig } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';
import { exportGroup } from '../adapters/backup.ts';

// `npm run export -- --group SLUG [--out DIR]`: the shop file plus orders and payments as JSON and CSV.
try {
  const { values } = parseArgs({ options: { group: { type: 'string' }, out: { type: 'string' } } });
  if (!values.group) throw new Error('usage: npm run export -- --group SLUG [--out DIR]');
  const db = openDb(loadConfig(environment()).DATABASE_PATH);
  const files = exportGroup(db, values.group, values.out ?? `export-${values.group}`);
  // stdout lists the shop, order and payment files; the product pictures beside them are counted on stderr.
  for (const file of files.filter((f) => !f.endsWith('.jpg'))) console.log(file);
  const pictures = files.filter((f) => f.endsWith('.jpg')).length;
  if (pictures) console.error(`${pictures} product pictures in ${join(values.out ?? `export-${values.group}`, 'images')}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
