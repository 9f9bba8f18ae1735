import { Hono } from 'hono';
import type { Db } from '../db/index.ts';
import type { Clock } from '../core/clock.ts';
import type { Config } from './config.ts';
import { apiRoutes } from './api/api.ts';
import { onError, errorJson } from './http-errors.ts';
import { loadPublishedImage } from './media.ts';
import { simAdapter } from './sim/sim.ts';
import { bankRoutes } from './bank/routes.ts';

/** Everything the HTTP app needs. Routes of platforms that are not configured answer 404. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
  /** Extra routes mounted by platform adapters (Telegram, Zalo, Viber, banks). */
  mounts?: ((app: Hono) => void)[];
}

/** One Hono app with every route of CONTRACT.md section 3. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(onError);
  app.notFound((c) => errorJson(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  app.get('/healthz', (c) => {
    deps.db.$client.prepare('select 1').get();
    return c.json({ ok: true });
  });
  // The simulator lets anyone chat as anyone: on for trying Gom, off (SIM=0) on a public server.
  if (deps.config.SIM) app.route('/', simAdapter(deps));
  app.route('/webhooks/bank', bankRoutes(deps));
  app.route('/api', apiRoutes({ db: deps.db, clock: deps.clock, adminToken: deps.config.ADMIN_API_TOKEN }));
  app.get('/media/:file', async (c) => {
    const token = /^([\w-]{16,64})\.png$/.exec(c.req.param('file'))?.[1];
    const png = token ? await loadPublishedImage(deps.db, token, deps.clock()) : null;
    if (!png) return errorJson(c, 404, 'not_found', 'no such image, or it has expired');
    return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'private, max-age=3600' });
  });
  for (const mount of deps.mounts ?? []) mount(app);
  return app;
}
