import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { allocations, orderEvents, orderLines, orders, stock, type OrderStatus } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { assertTransition, HOLDS_STOCK } from './state-machine.ts';

export type OrderRow = typeof orders.$inferSelect;

/** The order with this code (case-insensitive), or NOT_FOUND. */
export function getOrder(db: Db, code: string): OrderRow {
  const o = findOrder(db, code);
  if (!o) throw new DomainError('NOT_FOUND', `no order "${code}"`);
  return o;
}

/** The order with this code (case-insensitive), if there is one. */
export function findOrder(db: Db, code: string): OrderRow | undefined {
  return orderByCode(db).get({ code: code.toUpperCase() });
}

/** The order with this id, or NOT_FOUND. */
export function getOrderById(db: Db, id: number): OrderRow {
  const o = orderById(db).get({ id });
  if (!o) throw new DomainError('NOT_FOUND', `no order #${id}`);
  return o;
}

const orderByCode = prepared((db) => db.select().from(orders).where(eq(orders.code, sql.placeholder('code'))).prepare());
const orderById = prepared((db) => db.select().from(orders).where(eq(orders.id, sql.placeholder('id'))).prepare());

/**
 * Moves an order to `to` if the state machine allows it (else IllegalTransitionError), records who
 * did it, and releases its reserved stock when it leaves the stock-holding states by cancel or expiry.
 */
export function transitionOrder(db: Db, orderId: number, to: OrderStatus, actor: string, now: Date, note?: string): OrderRow {
  return tx(db, (t) => {
    const order = getOrderById(t, orderId);
    assertTransition(order.status, to);
    const at = now.toISOString();
    if ((to === 'cancelled' || to === 'expired') && HOLDS_STOCK.includes(order.status)) releaseStock(t, order.id);
    const updated = setStatus(t).get({ id: order.id, status: to, at })!;
    insertStatusEvent(t).run({ orderId: order.id, from: order.status, to, actor, note: note ?? null, at });
    return updated;
  });
}

// Built once per connection: every payment, cancel, expiry and delivery goes through here (see `prepared` in db/index.ts).
const setStatus = prepared((db) =>
  db
    .update(orders)
    .set({ status: sql`${sql.placeholder('status')}`, updatedAt: sql`${sql.placeholder('at')}` })
    .where(eq(orders.id, sql.placeholder('id')))
    .returning()
    .prepare(),
);
const insertStatusEvent = prepared((db) =>
  db
    .insert(orderEvents)
    .values({ orderId: sql.placeholder('orderId'), type: 'status', fromStatus: sql.placeholder('from'), toStatus: sql.placeholder('to'), actor: sql.placeholder('actor'), note: sql.placeholder('note'), at: sql.placeholder('at') })
    .prepare(),
);

/** Gives every unit an order still holds back to the household that held it. */
function releaseStock(t: Db, orderId: number): void {
  const lines = t.select({ id: orderLines.id, productId: orderLines.productId }).from(orderLines).where(eq(orderLines.orderId, orderId)).all();
  if (lines.length === 0) return;
  const productOf = new Map(lines.map((l) => [l.id, l.productId]));
  const allocs = t
    .select()
    .from(allocations)
    .where(and(inArray(allocations.orderLineId, [...productOf.keys()]), ne(allocations.status, 'cannot_supply')))
    .all();
  for (const a of allocs) {
    const productId = productOf.get(a.orderLineId)!;
    const res = t
      .update(stock)
      .set({ qty: sql`round(${stock.qty} + ${a.qty}, 3)` })
      .where(and(eq(stock.householdId, a.householdId), eq(stock.productId, productId)))
      .run();
    if (res.changes === 0) t.insert(stock).values({ householdId: a.householdId, productId, qty: a.qty }).run();
  }
}
