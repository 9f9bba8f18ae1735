import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { orders } from '../../db/schema.ts';
import type { OrderRow } from './transition-order.ts';

/** Unpaid orders expiring within `withinMs` of `now` whose customer has not been reminded yet. */
export function ordersDueForReminder(db: Db, now: Date, withinMs: number): OrderRow[] {
  return db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.status, 'awaiting_payment'),
        isNotNull(orders.expiresAt),
        isNull(orders.remindedAt),
        lte(orders.expiresAt, new Date(now.getTime() + withinMs).toISOString()),
      ),
    )
    .all();
}

/** Records that the customer was reminded of an order's payment time. */
export function markReminded(t: Db, orderId: number, now: Date): void {
  t.update(orders).set({ remindedAt: now.toISOString() }).where(eq(orders.id, orderId)).run();
}

/** Unpaid orders whose payment time has run out at `now`. */
export function overdueOrders(db: Db, now: Date): OrderRow[] {
  return db
    .select()
    .from(orders)
    .where(and(eq(orders.status, 'awaiting_payment'), isNotNull(orders.expiresAt), lte(orders.expiresAt, now.toISOString())))
    .all();
}
