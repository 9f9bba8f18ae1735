import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDb } from '../db/index.ts';
import { importShop } from '../core/catalog/import-shop.ts';
import { parseShopFileText, ShopFileError } from '../core/catalog/shop-file.ts';
import { loadConfig } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';
import { loadShopImages } from '../adapters/photos/shop-images.ts';

// `npm run import -- FILE`: imports a shop file into DATABASE_PATH; idempotent; a bad file writes nothing.
// Pictures are read and fetched first, outside the import's transaction.
const file = process.argv[2];
if (!file) {
  console.error('usage: npm run import -- FILE');
  process.exit(2);
}
try {
  const shop = parseShopFileText(readFileSync(file, 'utf8'));
  const db = openDb(loadConfig(environment()).DATABASE_PATH);
  const photos = await loadShopImages(db, shop, dirname(file));
  const r = importShop(db, shop, { photos });
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
