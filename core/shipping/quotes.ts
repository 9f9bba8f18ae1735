import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { groups, orders, shipments, shippingQuotes } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { emit, type ShippingBlocker } from '../events.ts';
import { MissingPickupError } from './plan-shipments.ts';
import { AddressUnclearError } from './settings.ts';
import { getOrder, getOrderById } from '../orders/transition-order.ts';
import type { Carriers } from './carrier.ts';
import { groupShipping } from './settings.ts';
import { quoteOrder, requestShipments, type OrderQuote, type ShipmentRow } from './shipments.ts';

const LEASE_MS = 2 * 60_000;

/** An admin asks (again) for the carriers' quotes of a ready order; the shipping job answers through the outbox. */
export function askQuotes(db: Db, groupId: number, orderCode: string, requestedBy: string, now: Date): void {
  tx(db, (t) => {
    const o = getOrder(t, orderCode);
    if (o.groupId !== groupId) throw new DomainError('NOT_FOUND', orderCode);
    if (o.status !== 'ready') throw new DomainError('ILLEGAL_TRANSITION', `order ${o.code} is ${o.status}: only a ready order can be shipped`);
    const at = now.toISOString();
    t.insert(shippingQuotes)
      .values({ orderId: o.id, status: 'pending', requestedBy, updatedAt: at })
      .onConflictDoUpdate({ target: shippingQuotes.orderId, set: { status: 'pending', requestedBy, leaseUntil: null, updatedAt: at } })
      .run();
  });
}

/**
 * Claims the quote requests that are due: ready orders of groups that ship, with no parcel and no
 * request yet (asked on their own), requests an admin made, and claims a dead process left.
 */
export function claimQuoteRequests(db: Db, now: Date, limit = 10): { orderId: number; code: string }[] {
  const at = now.toISOString();
  return tx(db, (t) => {
    const fresh = t
      .select({ id: orders.id })
      .from(orders)
      .leftJoin(shippingQuotes, eq(shippingQuotes.orderId, orders.id))
      .where(and(eq(orders.status, 'ready'), eq(orders.pickup, false), isNull(shippingQuotes.orderId), sql`not exists (select 1 from ${shipments} where ${shipments.orderId} = ${orders.id})`))
      .limit(limit)
      .all();
    for (const f of fresh) t.insert(shippingQuotes).values({ orderId: f.id, status: 'pending', requestedBy: 'auto', updatedAt: at }).run();
    const due = t
      .select()
      .from(shippingQuotes)
      .where(or(eq(shippingQuotes.status, 'pending'), and(eq(shippingQuotes.status, 'asking'), lte(shippingQuotes.leaseUntil, at))))
      .limit(limit)
      .all();
    return due.map((q) => {
      t.update(shippingQuotes).set({ status: 'asking', leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(), updatedAt: at }).where(eq(shippingQuotes.orderId, q.orderId)).run();
      return { orderId: q.orderId, code: getOrderById(t, q.orderId).code };
    });
  });
}

/**
 * Asks every carrier for a claimed order and records the answer: with the group's default carrier set,
 * its cheapest service is booked at once; otherwise the quotes go to the admins (`shipping.quoted`). An
 * order that cannot be shipped yet (no delivery address, a household without a pickup address) is
 * reported with the reason.
 */
export async function answerQuoteRequest(db: Db, carriers: Carriers, req: { orderId: number; code: string }, clock: () => Date): Promise<void> {
  let quotes: OrderQuote[] = [];
  let error: ShippingBlocker | null = null;
  try {
    quotes = await quoteOrder(db, carriers, req.code);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    error =
      e instanceof MissingPickupError
        ? { reason: 'missing_pickup', household: e.householdName }
        : e instanceof AddressUnclearError
          ? { reason: 'address_unclear', address: e.address }
          : /no delivery address|no receiver phone/.test(e.message)
            ? { reason: 'no_address' }
            : { reason: 'other', message: e.message };
  }
  const now = clock();
  tx(db, (t) => {
    const order = getOrderById(t, req.orderId);
    const settings = groupShipping(t.select({ s: groups.shipping }).from(groups).where(eq(groups.id, order.groupId)).get()?.s);
    let booked: ShipmentRow[] = [];
    const preferred = settings.carrier ? quotes.find((q) => q.carrier === settings.carrier && 'fee' in q) : undefined;
    if (!error && preferred && 'fee' in preferred && order.status === 'ready') {
      booked = requestShipments(t, order.code, preferred.carrier, preferred.serviceId, `auto:${preferred.carrier}`, now, preferred.fee);
    }
    t.update(shippingQuotes)
      .set({ status: error ? 'failed' : booked.length ? 'booked' : 'sent', quotes: quotes as unknown[], leaseUntil: null, updatedAt: now.toISOString() })
      .where(eq(shippingQuotes.orderId, req.orderId))
      .run();
    emit(t, { type: 'shipping.quoted', order: getOrderById(t, req.orderId), quotes, error, booked }, now);
  });
}
