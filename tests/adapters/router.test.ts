import { describe, expect, it } from 'vitest';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { createApp } from '../../adapters/server.ts';
import { loadConfig } from '../../adapters/config.ts';
import { platformSetup } from '../../adapters/platforms.ts';
import { carriersFromConfig, shippingRoutes } from '../../adapters/shipping/index.ts';
import { demoDb, fakeClock } from '../helpers.ts';

describe('routing', () => {
  it('every route of the app, with every platform and carrier on, fits Hono’s RegExpRouter (one regular expression per method, no trie walk)', async () => {
    const { db } = demoDb();
    const clock = fakeClock();
    const config = loadConfig({
      DATABASE_PATH: ':memory:',
      PUBLIC_URL: 'https://gom.example',
      TELEGRAM_BOT_TOKEN: '123456789:AAroutesroutesroutesroutesroutesrou',
      TELEGRAM_WEBHOOK_SECRET: 'routes-secret',
      ZALO_APP_ID: '1234567890',
      ZALO_APP_SECRET: 'app-secret',
      ZALO_OA_SECRET_KEY: 'oa-secret',
      ZALO_REFRESH_TOKEN: 'refresh',
      ZALO_BOT_TOKEN: '1234:zalobot',
      ZALO_BOT_WEBHOOK_SECRET: 'zalo-bot-secret',
      VIBER_AUTH_TOKEN: '4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51d',
      GHN_TOKEN: 'ghn',
      GHN_SHOP_ID: '885',
      GHTK_TOKEN: 'ghtk',
      SHIPPING_WEBHOOK_SECRET: 'ship-secret',
    });
    const platforms = await platformSetup({ db, clock, config });
    expect(platforms.adapters.map((a) => a.name).sort()).toEqual(['telegram', 'viber', 'zalo', 'zalo-bot']);
    const app = createApp({ db, clock, config, mounts: [...platforms.mounts, shippingRoutes({ db, clock, config, carriers: carriersFromConfig(config) })] });
    const router = new RegExpRouter<number>();
    // RegExpRouter throws UnsupportedPathError for a route it cannot hold (then Hono falls back to the TrieRouter).
    for (const [i, r] of app.routes.entries()) expect(() => router.add(r.method, r.path, i), `${r.method} ${r.path}`).not.toThrow();
    expect(() => router.match('GET', '/healthz')).not.toThrow();
    expect((await app.request('/healthz')).status).toBe(200);
    expect((app.router as { name: string }).name).toBe('SmartRouter + RegExpRouter');
    // Photo variants are checked by the handler now: anything but p and t is still no route.
    const res = await app.request(`/media/x/${'0'.repeat(64)}.jpg`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: `no route GET /media/x/${'0'.repeat(64)}.jpg` } });
  });
});
