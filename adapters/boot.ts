import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/index.ts';
import { importShop } from '../core/catalog/import-shop.ts';
import { listGroups } from '../core/catalog/queries.ts';
import { parseShopFileText } from '../core/catalog/shop-file.ts';
import { seedDemoRoles } from './sim/demo-roles.ts';

/** The demo shop the repository ships (spelt so it resolves alike from adapters/ and from the bundle in dist/). */
export const DEMO_SHOP = fileURLToPath(new URL('../data/van-phuc.shop.json', import.meta.url));

/** On an empty database with DEMO on, imports the demo shop and gives the simulator's demo people their roles. */
export function seedDemoIfEmpty(db: Db, demo: boolean, now: Date): boolean {
  if (!demo || listGroups(db).length > 0) return false;
  const r = importShop(db, parseShopFileText(readFileSync(DEMO_SHOP, 'utf8')));
  seedDemoRoles(db, r.groupId, now);
  return true;
}
