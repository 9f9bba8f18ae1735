import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/index.ts';
import { importShop } from '../core/catalog/import-shop.ts';
import { parseShopFileText } from '../core/catalog/shop-file.ts';
import { identify } from '../core/people/identify.ts';
import { placeOrder } from '../core/orders/place-order.ts';
import { transitionOrder } from '../core/orders/transition-order.ts';
import { DEMO_SHOP } from '../adapters/boot.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Orders placed (and cancelled, to keep stock) per second on a real SQLite file with WAL: the median of 5 rounds. */
export async function run(): Promise<void> {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-bench-')), 'bench.db'));
  const shop = parseShopFileText(readFileSync(DEMO_SHOP, 'utf8'));
  const { groupId } = importShop(db, shop);
  const now = new Date();
  const { identity, person } = identify(db, { platform: 'sim', userId: 'bench', privateChatId: 'bench' }, now);
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    const n = 300;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const o = placeOrder(db, { groupId, personId: person.id, identityId: identity.id, lines: [{ sku: 'KL-XANH', qty: 2 }, { sku: 'LT-M', qty: 1.5 }], chatPlatform: 'sim', chatId: 'bench', actor: 'bench' }, now);
      transitionOrder(db, o.id, 'cancelled', 'bench', now);
    }
    rates.push((n / (performance.now() - t0)) * 1000);
  }
  console.log(`orders placed+cancelled per second (SQLite file, WAL, median of 5 rounds of 300): ${Math.round(median(rates))}`);
}
