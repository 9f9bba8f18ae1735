import { sql } from 'drizzle-orm';
import { prepared, type Db } from '../db/index.ts';
import { domainEvents, type orders, type Platform, type pools, type shipments } from '../db/schema.ts';
import type { PaymentOutcome } from './payments/payment-types.ts';

type OrderRow = typeof orders.$inferSelect;
type PoolRow = typeof pools.$inferSelect;
type ShipmentRow = typeof shipments.$inferSelect;

/** Who ended an order: the customer, the shop, or a pool that did not reach its target. */
export type CancelledBy = 'customer' | 'shop' | 'pool';

/**
 * Everything core reports as having happened. Each event carries the rows its subscribers need (read in
 * the same transaction, after the change), so a reaction does not have to query them again.
 */
export type DomainEvent =
  | { type: 'order.placed'; order: OrderRow }
  | { type: 'order.cancelled'; order: OrderRow; by: CancelledBy; reason?: string; pool?: PoolRow }
  | { type: 'order.expired'; order: OrderRow }
  | { type: 'order.advanced'; order: OrderRow; to: 'shipped' | 'delivered' }
  | { type: 'allocation.changed'; order: OrderRow; sku: string }
  | { type: 'payment.recorded'; outcome: PaymentOutcome; groupId: number | null }
  /** The customer says they paid (the 💸 button, words, a screenshot): the confirmers are to check. */
  | { type: 'payment.claimed'; order: OrderRow; how: 'button' | 'words' | 'photo'; customer: string }
  | { type: 'payout.recorded'; groupId: number; householdId: number; amount: number }
  | { type: 'pool.closed'; pool: PoolRow; met: boolean; orders: OrderRow[]; paid: OrderRow[] }
  /** Every target of an open pool is met: its orders are due for payment now (`first`: the moment it happened). */
  | { type: 'pool.released'; pool: PoolRow; orders: OrderRow[]; paid: OrderRow[]; first: boolean }
  | { type: 'photo.added'; groupId: number; productId: number; sku: string; hash: string; position: number; count: number; chat: PhotoChat }
  | { type: 'photo.refused'; groupId: number; productId: number; reason: string; chat: PhotoChat }
  /** The customer chose cash on delivery; with no deposit due the order went ahead (status paid). */
  | { type: 'order.cod_chosen'; order: OrderRow; deposit: number }
  /** Every parcel of a shipped order came back: nothing is earned, COD was not collected. */
  | { type: 'order.returned'; order: OrderRow; codAmount: number }
  /** A parcel exists at its carrier: tracking code for the customer, label for the household. */
  | { type: 'shipment.created'; order: OrderRow; shipment: ShipmentRow }
  /** The carrier refused a parcel, or the calls kept failing: the admin must act. */
  | { type: 'shipment.failed'; order: OrderRow; shipment: ShipmentRow; reason: string }
  /** A carrier's report moved a parcel (picked, delivering, delivery failed, returning …). */
  | { type: 'shipment.moved'; order: OrderRow; shipment: ShipmentRow }
  /** The carriers' fee quotes for a ready order (or why there are none), and the parcels booked by the group's default carrier, if any. */
  | { type: 'shipping.quoted'; order: OrderRow; quotes: unknown[]; error: ShippingBlocker | null; booked: ShipmentRow[] }
  /** The carrier transferred the cash it collected on delivery to the group. */
  | { type: 'cod.transferred'; order: OrderRow; paymentId: number; amount: number; at: string };

/** Why an order cannot be quoted or shipped yet, for the admin. */
export type ShippingBlocker =
  | { reason: 'missing_pickup'; household: string }
  | { reason: 'address_unclear'; address: string }
  | { reason: 'no_address' }
  | { reason: 'other'; message: string };

/** Where the person who sent a product photo is answered. */
export interface PhotoChat {
  platform: Platform;
  chatId: string;
  identityId: number | null;
}

export type EventType = DomainEvent['type'];
/** The event of one type. */
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
/** A reaction: runs inside the transaction of the change, so what it writes (outbox messages) commits with it. */
export type Subscriber<T extends EventType> = (t: Db, event: EventOf<T>, now: Date) => void;

/** Stored untyped: `subscribe` is the only writer and pairs each handler with its own event type. */
type AnySubscriber = (t: Db, event: DomainEvent, now: Date) => void;
const subscribers = new Map<EventType, AnySubscriber[]>();

/**
 * Subscribes to one event type (at boot). Subscribers run synchronously in registration order; one that
 * throws rolls back the whole change, as a failed step of the operation would.
 */
export function subscribe<T extends EventType>(type: T, fn: Subscriber<T>): void {
  const list = subscribers.get(type) ?? [];
  list.push(fn as unknown as AnySubscriber);
  subscribers.set(type, list);
}

/** Removes every subscriber (tests that check an operation on its own). */
export function clearSubscribers(): void {
  subscribers.clear();
}

/** Records an event in the current transaction and runs its subscribers there. */
export function emit(t: Db, event: DomainEvent, now: Date): void {
  const { groupId, orderId, data } = summary(event);
  insertEvent(t).run({ type: event.type, groupId, orderId, data: JSON.stringify(data), at: now.toISOString() });
  for (const fn of subscribers.get(event.type) ?? []) fn(t, event, now);
}

// Built once per connection: an order placed emits its event on the path of a chat turn.
const insertEvent = prepared((db) =>
  db
    .insert(domainEvents)
    .values({ type: sql.placeholder('type'), groupId: sql.placeholder('groupId'), orderId: sql.placeholder('orderId'), data: sql`${sql.placeholder('data')}`, at: sql.placeholder('at') })
    .prepare(),
);

/** What is kept of an event in the table: ids and small facts, not whole rows. */
function summary(e: DomainEvent): { groupId: number | null; orderId: number | null; data: Record<string, unknown> } {
  switch (e.type) {
    case 'order.placed':
    case 'order.expired':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { code: e.order.code, total: e.order.total } };
    case 'order.cancelled':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { code: e.order.code, by: e.by, paidAmount: e.order.paidAmount, ...(e.pool ? { poolId: e.pool.id } : {}) } };
    case 'order.advanced':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { code: e.order.code, to: e.to } };
    case 'allocation.changed':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { code: e.order.code, sku: e.sku } };
    case 'payment.claimed':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { code: e.order.code, how: e.how } };
    case 'payment.recorded': {
      const orderId = 'order' in e.outcome ? e.outcome.order.id : null;
      return { groupId: e.outcome.payment.groupId ?? e.groupId, orderId, data: { kind: e.outcome.kind, paymentId: e.outcome.payment.id, amount: e.outcome.payment.amount } };
    }
    case 'payout.recorded':
      return { groupId: e.groupId, orderId: null, data: { householdId: e.householdId, amount: e.amount } };
    case 'pool.released':
      return { groupId: e.pool.groupId, orderId: null, data: { poolId: e.pool.id, orders: e.orders.length + e.paid.length, first: e.first } };
    case 'pool.closed':
      return { groupId: e.pool.groupId, orderId: null, data: { poolId: e.pool.id, met: e.met, orders: e.orders.length + e.paid.length } };
    case 'photo.added':
      return { groupId: e.groupId, orderId: null, data: { productId: e.productId, hash: e.hash, position: e.position } };
    case 'photo.refused':
      return { groupId: e.groupId, orderId: null, data: { productId: e.productId, reason: e.reason } };
    case 'order.cod_chosen':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { code: e.order.code, deposit: e.deposit } };
    case 'order.returned':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { code: e.order.code, codAmount: e.codAmount } };
    case 'shipment.created':
    case 'shipment.moved':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { shipmentId: e.shipment.id, carrier: e.shipment.carrier, code: e.shipment.carrierOrderCode, status: e.shipment.status } };
    case 'shipment.failed':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { shipmentId: e.shipment.id, carrier: e.shipment.carrier, reason: e.reason.slice(0, 300) } };
    case 'shipping.quoted':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { quotes: e.quotes.length, error: e.error?.reason ?? null, booked: e.booked.length } };
    case 'cod.transferred':
      return { groupId: e.order.groupId, orderId: e.order.id, data: { paymentId: e.paymentId, amount: e.amount, at: e.at } };
  }
}
