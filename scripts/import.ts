import { readFileSync } from 'node:fs';
import { openDb } from '../db/index.ts';
import { importShop } from '../core/catalog/import-shop.ts';
import { parseShopFileText, ShopFileError } from '../core/catalog/shop-file.ts';
import { loadConfig } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';

// `npm run import -- FILE`: imports a shop file into DATABASE_PATH; idempotent; a bad file writes nothing.
const file = process.argv[2];
if (!file) {
  console.error('usage: npm run import -- FILE');
  process.exit(2);
}
try {
  const shop = parseShopFileText(readFileSync(file, 'utf8'));
  const db = openDb(loadConfig(environment()).DATABASE_PATH);
  const r = importShop(db, shop);
  console.log(
    r.created
      ? `imported ${r.slug}: ${r.products} products, ${r.households} households`
      : r.changed
        ? `updated ${r.slug}: ${r.products} products, ${r.households} households`
        : `${r.slug} is already up to date: nothing changed`,
  );
} catch (e) {
  if (e instanceof ShopFileError) console.error(`${file}: ${e.message}`);
  else console.error(`${file}: ${(e as Error).message}`);
  process.exit(1);
}
