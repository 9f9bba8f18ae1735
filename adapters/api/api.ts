import { Hono } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import { ORDER_STATUSES } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { getGroup } from '../../core/catalog/queries.ts';
import { listOrders, viewOrder, viewOrders } from '../../core/orders/order-view.ts';
import { errorJson } from '../http-errors.ts';

/** Constant-time comparison of two secrets of any length. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface ApiDeps {
  db: Db;
  clock: Clock;
  adminToken?: string | undefined;
}

/** `/api/*`: the admin API, closed unless ADMIN_API_TOKEN is set, then bearer-authenticated. */
export function apiRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? '';
    if (!deps.adminToken || !token || !safeEqual(token, deps.adminToken)) {
      return errorJson(c, 401, 'unauthorized', deps.adminToken ? 'missing or wrong bearer token' : 'the API is closed: set ADMIN_API_TOKEN');
    }
    await next();
  });
  const ordersQuery = z.strictObject({ group: z.string().min(1).max(64).optional(), status: z.enum(ORDER_STATUSES).optional() });
  app.get('/orders', (c) => {
    const q = ordersQuery.safeParse(c.req.query());
    if (!q.success) return errorJson(c, 400, 'bad_request', `${q.error.issues[0]!.path.join('.')}: ${q.error.issues[0]!.message}`);
    const groupId = q.data.group ? getGroup(deps.db, q.data.group).id : undefined;
    return c.json({ orders: viewOrders(deps.db, listOrders(deps.db, { groupId, status: q.data.status })) });
  });
  app.get('/orders/:code', (c) => c.json(viewOrder(deps.db, c.req.param('code'))));
  return app;
}
