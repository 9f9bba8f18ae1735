import { Hono } from 'hono';
import { secretsEqual } from '../secrets.ts';
import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import { ORDER_STATUSES } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { getGroup } from '../../core/catalog/queries.ts';
import { listOrders, viewOrder, viewOrders } from '../../core/orders/order-view.ts';
import { findOrder, getOrder } from '../../core/orders/transition-order.ts';
import { recordPayout, settlement } from '../../core/settlement/settlement.ts';
import { markPaidByHand } from '../../core/payments/confirm-payment.ts';
import { assignPayment } from '../../core/payments/record-payment.ts';
import { tx } from '../../db/index.ts';
import { payments } from '../../db/schema.ts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { errorJson } from '../http-errors.ts';

/** Most orders in one page of `GET /api/orders` (and the page size when `limit` is not given). */
const MAX_PAGE = 500;

/** Constant-time comparison of two secrets of any length (no early exit on a length mismatch). */
export const safeEqual = secretsEqual;

/** A payment as the API shows it. */
function paymentView(p: typeof payments.$inferSelect) {
  return { id: p.id, source: p.source, externalId: p.externalId, amount: p.amount, description: p.description, status: p.status, order: p.orderId, group: p.groupId, actor: p.actor, receivedAt: p.receivedAt };
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
  const ordersQuery = z.strictObject({
    group: z.string().min(1).max(64).optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).optional(),
    before: z.string().regex(/^[A-Za-z0-9]{4,16}$/, 'an order code, as given in "next"').optional(),
  });
  app.get('/orders', (c) => {
    const q = ordersQuery.safeParse(c.req.query());
    if (!q.success) return errorJson(c, 400, 'bad_request', `${q.error.issues[0]!.path.join('.')}: ${q.error.issues[0]!.message}`);
    const groupId = q.data.group ? getGroup(deps.db, q.data.group).id : undefined;
    let beforeId: number | undefined;
    if (q.data.before) {
      const cursor = findOrder(deps.db, q.data.before);
      if (!cursor) return errorJson(c, 400, 'bad_request', `before: no order ${q.data.before}`);
      beforeId = cursor.id;
    }
    // One more than the page tells whether there is a next page.
    const limit = q.data.limit ?? MAX_PAGE;
    const rows = listOrders(deps.db, { groupId, status: q.data.status, limit: limit + 1, beforeId });
    const page = rows.slice(0, limit);
    return c.json({ orders: viewOrders(deps.db, page), ...(rows.length > limit ? { next: page[page.length - 1]!.code } : {}) });
  });
  app.get('/orders/:code', (c) => c.json(viewOrder(deps.db, c.req.param('code'))));

  const markPaidBody = z.strictObject({ note: z.string().trim().min(1).max(500), actor: z.string().trim().min(1).max(100).optional() });
  app.post('/orders/:code/mark-paid', async (c) => {
    const body = markPaidBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return errorJson(c, 400, 'bad_request', `${body.error.issues[0]!.path.join('.') || 'body'}: ${body.error.issues[0]!.message}`);
    const order = getOrder(deps.db, c.req.param('code'));
    const now = deps.clock();
    tx(deps.db, (t) => markPaidByHand(t, order.groupId, order.code, `api:${body.data.actor ?? 'admin'}`, body.data.note, now));
    return c.json(viewOrder(deps.db, order.code));
  });

  app.get('/groups/:group/settlement', (c) => c.json(settlement(deps.db, c.req.param('group'))));

  const payoutBody = z.strictObject({
    household: z.string().min(1).max(64),
    amount: z.number().int().positive(),
    note: z.string().max(500).optional(),
    /** Pay more than is owed (an advance): needs a note. */
    override: z.boolean().optional(),
  });
  app.post('/groups/:group/payouts', async (c) => {
    const body = payoutBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return errorJson(c, 400, 'bad_request', `${body.error.issues[0]!.path.join('.') || 'body'}: ${body.error.issues[0]!.message}`);
    recordPayout(deps.db, c.req.param('group'), body.data.household, body.data.amount, 'api:admin', deps.clock(), { note: body.data.note, override: body.data.override });
    return c.json(settlement(deps.db, c.req.param('group')), 201);
  });

  // The operator (who holds ADMIN_API_TOKEN) sees and assigns transfers no group's account received.
  const paymentsQuery = z.strictObject({ unassigned: z.enum(['1', 'true']).optional() });
  app.get('/payments', (c) => {
    const q = paymentsQuery.safeParse(c.req.query());
    if (!q.success) return errorJson(c, 400, 'bad_request', `${q.error.issues[0]!.path.join('.')}: ${q.error.issues[0]!.message}`);
    const rows = deps.db
      .select()
      .from(payments)
      .where(q.data.unassigned ? and(isNull(payments.groupId), eq(payments.status, 'unmatched')) : undefined)
      .orderBy(desc(payments.id))
      .limit(500)
      .all();
    return c.json({ payments: rows.map(paymentView) });
  });
  const assignBody = z.strictObject({ order: z.string().trim().min(1).max(32), actor: z.string().trim().min(1).max(100).optional() });
  app.post('/payments/:id/assign', async (c) => {
    const body = assignBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return errorJson(c, 400, 'bad_request', `${body.error.issues[0]!.path.join('.') || 'body'}: ${body.error.issues[0]!.message}`);
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id <= 0) return errorJson(c, 400, 'bad_request', 'id: expected a payment number');
    const order = getOrder(deps.db, body.data.order.toUpperCase());
    const now = deps.clock();
    tx(deps.db, (t) => assignPayment(t, id, order.id, `api:${body.data.actor ?? 'operator'}`, now, 'operator'));
    return c.json(viewOrder(deps.db, order.code));
  });

  app.get('/groups/:group/payments', (c) => {
    const g = getGroup(deps.db, c.req.param('group'));
    const rows = deps.db.select().from(payments).where(eq(payments.groupId, g.id)).orderBy(desc(payments.id)).limit(500).all();
    return c.json({ payments: rows.map(paymentView) });
  });
  return app;
}
