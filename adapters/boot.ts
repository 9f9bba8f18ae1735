import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/index.ts';
import { importShop, type ShopPhotos } from '../core/catalog/import-shop.ts';
import { listGroups } from '../core/catalog/queries.ts';
import { parseShopFileText } from '../core/catalog/shop-file.ts';
import { seedDemoRoles } from './sim/demo-roles.ts';
import { loadShopImages } from './photos/shop-images.ts';

/** The demo shop the repository ships (spelt so it resolves alike from adapters/ and from the bundle in dist/). */
export const DEMO_SHOP = fileURLToPath(new URL('../data/van-phuc.shop.json', import.meta.url));

/** On an empty database with DEMO on, imports the demo shop and gives the simulator's demo people their roles. */
export function seedDemoIfEmpty(db: Db, demo: boolean, now: Date, photos?: ShopPhotos): boolean {
  if (!demo || listGroups(db).length > 0) return false;
  const r = importShop(db, parseShopFileText(readFileSync(DEMO_SHOP, 'utf8')), photos ? { photos } : {});
  seedDemoRoles(db, r.groupId, now);
  return true;
}

/**
 * `seedDemoIfEmpty` with the demo shop's product photos (data/images/), which are read and re-encoded
 * first (sharp is asynchronous; the import's transaction is not).
 */
export async function seedDemoWithPhotos(db: Db, demo: boolean, now: Date): Promise<boolean> {
  if (!demo || listGroups(db).length > 0) return false;
  const photos = await loadShopImages(db, parseShopFileText(readFileSync(DEMO_SHOP, 'utf8')), dirname(DEMO_SHOP));
  return seedDemoIfEmpty(db, demo, now, photos);
}

/**
 * Adds the demo shop's product photos to the demo shop already imported (what `npm start` runs after the
 * server listens, so re-encoding the pictures never delays /healthz): the same file imported again with
 * its pictures, which changes only the photos.
 */
export async function addDemoPhotos(db: Db): Promise<void> {
  const shop = parseShopFileText(readFileSync(DEMO_SHOP, 'utf8'));
  importShop(db, shop, { photos: await loadShopImages(db, shop, dirname(DEMO_SHOP)) });
}
