/**
 * Shipping benchmark: the address matcher (index build, addresses read per second over the 275 test
 * addresses) and the carrier webhook (one GHN status report through the whole app on a SQLite file with
 * 2,000 parcels), beside a bare Hono route in the same run. Run alone with
 * `npx tsx -e "import('./bench/shipping.ts').then(m=>m.run())"`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Hono } from 'hono';
import { openDb } from '../db/index.ts';
import { groups, orders, shipments } from '../db/schema.ts';
import { matchAddress } from '../core/address/match-address.ts';
import { seedDemoIfEmpty } from '../adapters/boot.ts';
import { loadConfig } from '../adapters/config.ts';
import { createApp } from '../adapters/server.ts';
import { carriersFromConfig, shippingRoutes } from '../adapters/shipping/index.ts';
import { identify } from '../core/people/identify.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const texts = ['hand.jsonl', 'generated.jsonl'].flatMap((f) =>
    readFileSync(new URL(`../tests/fixtures/addresses/${f}`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  let t = performance.now();
  matchAddress(texts[0]!);
  console.log(`address index build (first match): ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const rounds = 10;
  for (let r = 0; r < rounds; r++) for (const x of texts) matchAddress(x);
  const per = (performance.now() - t) / (rounds * texts.length);
  console.log(`address matching: ${(1000 / per).toFixed(0)} addresses/s (${(per * 1000).toFixed(0)} µs each, ${texts.length} addresses × ${rounds})`);

  const dir = mkdtempSync(join(tmpdir(), 'gom-bench-ship-'));
  const db = openDb(join(dir, 'gom.db'));
  const now = new Date('2026-12-02T03:00:00Z');
  seedDemoIfEmpty(db, true, now);
  const g = db.select().from(groups).get()!;
  const { identity, person } = identify(db, { platform: 'sim', userId: 'bench', name: 'Bench' }, now);
  const at = now.toISOString();
  const N = 2000;
  db.$client.transaction(() => {
    for (let i = 0; i < N; i++) {
      const o = db
        .insert(orders)
        .values({ code: `BS${String(i).padStart(5, '0')}`, groupId: g.id, personId: person.id, identityId: identity.id, status: 'ready', paymentStatus: 'paid', total: 250000, paidAmount: 250000, chatPlatform: 'sim', chatId: 'bench', createdAt: at, updatedAt: at })
        .returning()
        .get();
      db.insert(shipments)
        .values({ orderId: o.id, groupId: g.id, carrier: 'ghn', serviceId: '53320', status: 'created', clientOrderCode: `${o.code}-1`, carrierOrderCode: `GHN${i}`, weightGrams: 500, sizeCm: { length: 20, width: 15, height: 10 }, fromPlace: {}, toPlace: {}, actor: 'bench', createdAt: at, updatedAt: at })
        .run();
    }
  })();
  const config = loadConfig({ GHN_TOKEN: 't', GHN_SHOP_ID: '885', SIM: '0', DEMO: '0' });
  const app = createApp({ db, clock: () => now, config, mounts: [shippingRoutes({ db, clock: () => now, config, carriers: carriersFromConfig(config) })] });
  const bare = new Hono();
  bare.post('/x', async (c) => c.json({ ok: (await c.req.text()).length > 0 }));
  const hook = (i: number, status: string) =>
    JSON.stringify({ OrderCode: `GHN${i}`, ClientOrderCode: `BS${String(i).padStart(5, '0')}-1`, Status: status, Type: 'switch_status', Time: `2026-12-02T04:${String(i % 60).padStart(2, '0')}:00Z`, ShopID: 885, CODAmount: 0 });
  const hooks: number[] = [];
  const bares: number[] = [];
  for (let i = 0; i < 400; i++) {
    const body = hook(i, i % 2 ? 'delivering' : 'picked');
    let s = performance.now();
    const r = await app.request('/webhooks/shipping/ghn', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    hooks.push(performance.now() - s);
    if (r.status !== 200) throw new Error(`webhook answered ${r.status}`);
    s = performance.now();
    await bare.request('/x', { method: 'POST', body });
    bares.push(performance.now() - s);
  }
  console.log(`GHN status webhook with ${N} parcels: median ${median(hooks).toFixed(2)} ms (bare Hono route in the same run: ${median(bares).toFixed(2)} ms)`);
  db.$client.close();
}
