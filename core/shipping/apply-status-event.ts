import { and, eq } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { orderEvents, payments, shipmentEvents, shipments, type ShipmentStatus } from '../../db/schema.ts';
import { getOrderById, transitionOrder, type OrderRow } from '../orders/transition-order.ts';
import { recordPayment } from '../payments/record-payment.ts';
import type { StatusEvent } from './carrier.ts';
import { emit } from '../events.ts';
import { FINAL, type ShipmentRow } from './shipments.ts';

/** How far along each status is: a report never moves a parcel back (carriers deliver reports out of order). */
const RANK: Record<ShipmentStatus, number> = {
  pending: 0,
  creating: 1,
  created: 2,
  picking: 3,
  picked: 4,
  in_transit: 5,
  delivering: 6,
  delivery_failed: 6,
  returning: 7,
  delivered: 9,
  returned: 9,
  cancelled: 9,
  failed: 9,
};

/** Statuses in which the carrier holds the goods: the order is shipped. */
const ON_THE_WAY: readonly ShipmentStatus[] = ['picked', 'in_transit', 'delivering', 'delivery_failed', 'returning', 'delivered', 'returned'];

export type StatusOutcome =
  | { kind: 'unknown' }
  | { kind: 'duplicate'; shipment: ShipmentRow }
  | { kind: 'applied'; shipment: ShipmentRow; order: OrderRow; moved: boolean };

/**
 * Applies a carrier's status report to the shipment Gom created with that carrier order code (and, when
 * the carrier echoes it, that client order code); reports for parcels Gom did not create change nothing
 * (`unknown`). Each report is kept once (a redelivery is `duplicate`). The parcel moves only forward; the
 * order follows: shipped once the carrier holds any parcel, delivered when every parcel is, returned
 * when every parcel came back. Cash a carrier collected on delivery is recorded as a `cod` payment, and
 * its transfer date when the carrier reports it, so settlement counts COD orders once the money is in.
 */
export function applyStatusEvent(db: Db, ev: StatusEvent, now: Date): StatusOutcome {
  return tx(db, (t) => {
    const s = t
      .select()
      .from(shipments)
      .where(and(eq(shipments.carrier, ev.carrier), eq(shipments.carrierOrderCode, ev.carrierOrderCode)))
      .get();
    if (!s) return { kind: 'unknown' };
    if (ev.clientOrderCode && ev.clientOrderCode !== s.clientOrderCode) return { kind: 'unknown' };
    const at = now.toISOString();
    const inserted = t
      .insert(shipmentEvents)
      .values({
        shipmentId: s.id,
        dedupeKey: `${ev.carrier}:${ev.dedupeKey}`,
        carrierStatus: ev.carrierStatus,
        status: ev.status,
        note: ev.reason,
        at: ev.at,
        raw: ev.raw.slice(0, 4000),
        receivedAt: at,
      })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 0) return { kind: 'duplicate', shipment: s };

    let shipment = s;
    let moved = false;
    if (ev.status && !FINAL.includes(s.status) && RANK[ev.status] > RANK[s.status]) {
      shipment = t.update(shipments).set({ status: ev.status, updatedAt: at }).where(eq(shipments.id, s.id)).returning().get();
      moved = true;
      t.insert(orderEvents)
        .values({ orderId: s.orderId, type: `shipment_${ev.status}`, actor: `carrier:${ev.carrier}`, note: `${ev.carrierOrderCode}: ${ev.carrierStatus}${ev.reason ? ` (${ev.reason})` : ''}`, at })
        .run();
      emit(t, { type: 'shipment.moved', order: getOrderById(t, s.orderId), shipment }, now);
    }

    // Cash on delivery: collected when the parcel is delivered; transferred when the carrier says so.
    if (shipment.status === 'delivered' && shipment.codAmount > 0) {
      const externalId = `${s.carrier}:${ev.carrierOrderCode}`;
      const existing = t.select().from(payments).where(and(eq(payments.source, 'cod'), eq(payments.externalId, externalId))).get();
      if (!existing) {
        const amount = ev.codAmount && ev.codAmount > 0 ? ev.codAmount : shipment.codAmount;
        const outcome = recordPayment(t, { groupId: s.groupId, orderId: s.orderId, source: 'cod', externalId, amount, description: `COD ${s.carrier} ${ev.carrierOrderCode}`, actor: `carrier:${s.carrier}` }, now);
        t.update(payments).set({ carrier: s.carrier, transferredAt: ev.codTransferredAt }).where(eq(payments.id, outcome.payment.id)).run();
      } else if (ev.codTransferredAt && !existing.transferredAt) {
        t.update(payments).set({ transferredAt: ev.codTransferredAt }).where(eq(payments.id, existing.id)).run();
        emit(t, { type: 'cod.transferred', order: getOrderById(t, s.orderId), paymentId: existing.id, amount: existing.amount, at: ev.codTransferredAt }, now);
      }
    }

    if (moved) followOrder(t, s.orderId, ev.carrier, now);
    return { kind: 'applied', shipment, order: getOrderById(t, s.orderId), moved };
  });
}

/** Moves the order after its parcels: shipped, delivered, or returned. */
function followOrder(t: Db, orderId: number, carrier: string, now: Date): void {
  const actor = `carrier:${carrier}`;
  const all = t.select().from(shipments).where(eq(shipments.orderId, orderId)).all().filter((x) => x.status !== 'cancelled' && x.status !== 'failed');
  let order = getOrderById(t, orderId);
  if (order.status === 'ready' && all.some((x) => ON_THE_WAY.includes(x.status))) {
    order = transitionOrder(t, orderId, 'shipped', actor, now);
    emit(t, { type: 'order.advanced', order, to: 'shipped' }, now);
  }
  if (order.status !== 'shipped' || all.length === 0) return;
  if (all.every((x) => x.status === 'delivered')) {
    emit(t, { type: 'order.advanced', order: transitionOrder(t, orderId, 'delivered', actor, now), to: 'delivered' }, now);
  } else if (all.every((x) => x.status === 'returned')) {
    const returned = transitionOrder(t, orderId, 'returned', actor, now, 'every parcel came back');
    emit(t, { type: 'order.returned', order: returned, codAmount: all.reduce((sum, x) => sum + x.codAmount, 0) }, now);
  }
}
