import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/index.ts';
import { memberships } from '../db/schema.ts';
import { importShop } from '../core/catalog/import-shop.ts';
import { parseShopFileText } from '../core/catalog/shop-file.ts';
import { identify } from '../core/people/identify.ts';
import { placeOrder } from '../core/orders/place-order.ts';
import { recordPayment } from '../core/payments/record-payment.ts';
import { createSignInLink, redeemSignInLink } from '../core/people/web-sessions.ts';
import { createApp } from '../adapters/server.ts';
import { loadConfig } from '../adapters/config.ts';
import { DEMO_SHOP } from '../adapters/boot.ts';

const ORDERS = 2000;
const ROUNDS = 15;

/**
 * The admin pages' server time and size with 2,000 orders on a real SQLite file (WAL): per page, the median
 * and the spread (min–max) of 15 requests through the Hono app, and the HTML bytes a phone downloads.
 */
export async function run(): Promise<void> {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'gom-bench-web-')), 'bench.db'));
  const { groupId } = importShop(db, parseShopFileText(readFileSync(DEMO_SHOP, 'utf8')));
  db.$client.prepare('update stock set qty = 1000000').run();
  const now = new Date();
  let code = '';
  db.$client.transaction(() => {
    for (let i = 0; i < ORDERS; i++) {
      const { identity, person } = identify(db, { platform: 'sim', userId: `c${i}`, name: `Khách ${i}`, privateChatId: `c${i}` }, now);
      const o = placeOrder(db, { groupId, personId: person.id, identityId: identity.id, lines: [{ sku: i % 2 ? 'KL-XANH' : 'KL-DO', qty: 1 + (i % 3) }], chatPlatform: 'sim', chatId: `c${i}`, actor: 'bench' }, now);
      if (i % 3) recordPayment(db, { groupId, orderId: o.id, source: 'sepay', externalId: `b${i}`, amount: o.total, actor: 'bench' }, now);
      code = o.code;
    }
    for (let i = 0; i < 50; i++) recordPayment(db, { groupId, orderId: null, source: 'sepay', externalId: `u${i}`, amount: 250000, actor: 'bench', description: 'ck' }, now);
  })();
  const { person } = identify(db, { platform: 'sim', userId: 'bench-admin', privateChatId: 'bench-admin' }, now);
  db.insert(memberships).values({ personId: person.id, groupId, role: 'admin' }).run();
  const { cookie } = redeemSignInLink(db, createSignInLink(db, { personId: person.id, groupId, origin: 'bench' }, now), now);
  const app = createApp({ db, clock: () => new Date(), config: loadConfig({}) });
  const pages = ['/web/today', '/web/orders', '/web/orders?q=Kh%C3%A1ch%2042&status=paid', `/web/orders/${code}`, '/web/payments', '/web/households', '/web/settlement', '/web/chart', '/web/export/orders.csv'];
  for (const path of pages) {
    const times: number[] = [];
    let bytes = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = performance.now();
      const res = await app.request(path, { headers: { cookie: `gom_web=${cookie}` } });
      bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${path.padEnd(44)} median ${times[Math.floor(ROUNDS / 2)]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}), ${(bytes / 1024).toFixed(1)} KB`);
  }
}
