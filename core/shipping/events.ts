import type { Db } from '../../db/index.ts';

/**
 * What shipping operations emit, inside the transaction that made the change, for whoever must react
 * (telling the customer, the household, the admin). Subscribers write into the outbox in that same
 * transaction, so nobody calling an operation has to remember its side effects.
 */
export type ShippingEvent =
  | { type: 'shipment.requested'; orderId: number; shipmentIds: number[]; carrier: string }
  | { type: 'shipment.created'; orderId: number; shipmentId: number; carrier: string; carrierOrderCode: string; householdId: number | null }
  | { type: 'shipment.failed'; orderId: number; shipmentId: number; carrier: string; reason: string }
  | { type: 'shipment.status'; orderId: number; shipmentId: number; carrier: string; carrierOrderCode: string; status: string; householdId: number | null }
  | { type: 'order.shipped'; orderId: number }
  | { type: 'order.delivered'; orderId: number }
  | { type: 'order.returned'; orderId: number; codAmount: number }
  | { type: 'cod.collected'; orderId: number; shipmentId: number; carrier: string; amount: number; paymentId: number }
  | { type: 'cod.transferred'; orderId: number; paymentId: number; carrier: string; amount: number; at: string };

type Subscriber = (t: Db, e: ShippingEvent, now: Date) => void;
const subscribers: Subscriber[] = [];

/** Registers a reaction to shipping events; returns a function that removes it. */
export function onShippingEvent(fn: Subscriber): () => void {
  subscribers.push(fn);
  return () => {
    const i = subscribers.indexOf(fn);
    if (i >= 0) subscribers.splice(i, 1);
  };
}

/** Emits an event to every subscriber, in the caller's transaction. */
export function emitShippingEvent(t: Db, e: ShippingEvent, now: Date): void {
  for (const s of subscribers) s(t, e, now);
}
