import { Hono } from 'hono';
import type { Db } from '../db/index.ts';
import type { Clock } from '../core/clock.ts';
import type { Config } from './config.ts';
import { apiRoutes } from './api/api.ts';
import { onError, errorJson } from './http-errors.ts';
import { loadPublishedImage } from './media.ts';
import { photoBytes } from '../core/catalog/photos.ts';
import { simAdapter } from './sim/sim.ts';
import { bankRoutes } from './bank/routes.ts';
import { BODY_LIMITS, limitBody } from './limits.ts';
import { metrics } from './metrics.ts';
import { observeUpdates } from './observe.ts';
import { secretsEqual } from './secrets.ts';
import { committed, probeWrite } from '../db/index.ts';
import { webRoutes } from './web/routes.ts';
import { setWebBaseUrl } from '../bots/web-url.ts';
import { registerReactions } from '../bots/reactions/index.ts';

/** How long a write probe's answer is reused: `/healthz` may be polled every second by several monitors. */
export const HEALTH_PROBE_TTL_MS = 5000;

/** `/healthz`'s check: the database takes a write, probed at most once per HEALTH_PROBE_TTL_MS. */
export function healthCheck(db: Db, clock: Clock): () => { ok: true } | { ok: false; reason: string } {
  let last: { at: number; result: ReturnType<typeof probeWrite> } | undefined;
  return () => {
    const now = clock();
    if (!last || Math.abs(now.getTime() - last.at) >= HEALTH_PROBE_TTL_MS) last = { at: now.getTime(), result: probeWrite(db, now) };
    return last.result;
  };
}

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
  // What follows each core operation (messages to households, tallies, refunds) is wired here, once.
  registerReactions();
  const app = new Hono();
  app.onError(onError);
  // Nothing is answered before what it read or wrote is committed: requests handled together share one
  // COMMIT (txGrouped in db/index.ts), and any response waits for the open one.
  app.use('*', async (_c, next) => {
    await next();
    await committed(deps.db);
  });
  app.notFound((c) => errorJson(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  // One log line and the metrics per webhook or simulator request, whatever answers it (even a 413 below).
  app.use('/webhooks/*', observeUpdates());
  app.use('/sim/messages', observeUpdates());
  // Body sizes are checked before anything reads a body, on every route (webhooks are mounted below).
  app.use('/sim/*', limitBody(BODY_LIMITS.small));
  app.use('/api/*', limitBody(BODY_LIMITS.small));
  app.use('/web/*', limitBody(BODY_LIMITS.small));
  app.use('*', limitBody(BODY_LIMITS.webhook));
  const health = healthCheck(deps.db, deps.clock);
  app.get('/healthz', (c) => {
    const h = health();
    return h.ok ? c.json({ ok: true }) : c.json({ ok: false, error: { code: 'unavailable', message: h.reason } }, 503);
  });
  app.get('/metrics', async (c) => {
    const token = deps.config.METRICS_TOKEN ?? deps.config.ADMIN_API_TOKEN;
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token || given === undefined || !secretsEqual(given, token)) {
      return errorJson(c, 401, 'unauthorized', token ? 'missing or wrong bearer token' : 'metrics are closed: set METRICS_TOKEN');
    }
    return c.body(await metrics().scrape(deps.db, deps.clock()), 200, { 'content-type': metrics().registry.contentType });
  });

  // The simulator lets anyone chat as anyone: on for trying Gom, off (SIM=0) on a public server.
  if (deps.config.SIM) app.route('/', simAdapter(deps));
  app.route('/webhooks/bank', bankRoutes(deps));
  setWebBaseUrl(deps.config.publicUrl);
  app.route('/web', webRoutes({ db: deps.db, clock: deps.clock, publicUrl: deps.config.publicUrl }));
  app.route('/api', apiRoutes({ db: deps.db, clock: deps.clock, adminToken: deps.config.ADMIN_API_TOKEN }));
  // Product photos by content hash: the same name always means the same bytes, so caches may keep them for good.
  // The variant (p or t) is checked here rather than in the route pattern (`:variant{p|t}`): a pattern beside
  // `/media/:file` pushes Hono off its RegExpRouter onto the slower TrieRouter for every route of the app.
  app.get('/media/:variant/:file', (c) => {
    const variant = c.req.param('variant');
    if (variant !== 'p' && variant !== 't') return errorJson(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`);
    const hash = /^([0-9a-f]{64})\.jpg$/.exec(c.req.param('file'))?.[1];
    const jpeg = hash ? photoBytes(deps.db, hash, variant === 't' ? 'thumb' : 'full') : undefined;
    if (!jpeg) return errorJson(c, 404, 'not_found', 'no such photo');
    return c.body(new Uint8Array(jpeg), 200, {
      'content-type': 'image/jpeg',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${hash}${variant}"`,
      'x-content-type-options': 'nosniff',
    });
  });
  app.get('/media/:file', async (c) => {
    const token = /^([\w-]{16,64})\.png$/.exec(c.req.param('file'))?.[1];
    const png = token ? await loadPublishedImage(deps.db, token, deps.clock()) : null;
    if (!png) return errorJson(c, 404, 'not_found', 'no such image, or it has expired');
    return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'private, max-age=3600' });
  });
  for (const mount of deps.mounts ?? []) mount(app);
  return app;
}
