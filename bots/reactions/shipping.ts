import type { Db } from '../../db/index.ts';
import { getGroupById, type Group } from '../../core/catalog/queries.ts';
import { subscribe, type ShippingBlocker } from '../../core/events.ts';
import { orderVietQr } from '../../core/orders/order-view.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { householdMembers } from '../../core/people/roles.ts';
import type { OrderQuote, ShipmentRow } from '../../core/shipping/shipments.ts';
import { bankByBin } from '../../core/payments/banks.ts';
import { btn } from '../buttons.ts';
import { notifyHouseholds } from '../dialogs/households.ts';
import { carrierName } from '../dialogs/shipping.ts';
import type { Messages } from '../i18n/index.ts';
import type { Button } from '../model.ts';
import { notifyPerson, notifyRole } from '../notify.ts';

function blockerText(m: Messages, e: ShippingBlocker): string {
  switch (e.reason) {
    case 'missing_pickup':
      return m.ship.reasonMissingPickup(e.household);
    case 'address_unclear':
      return m.ship.reasonAddressUnclear(e.address);
    case 'no_address':
      return m.ship.reasonNoAddress;
    case 'other':
      return m.ship.reasonOther;
  }
}

/** The household members who hand over a parcel, or the admins for a parcel gathered at the cooperative. */
function tellShipper(t: Db, group: Group, s: ShipmentRow, build: (m: Messages) => string, now: Date): void {
  if (s.householdId === null) return void notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: build(m) }), now);
  for (const mm of householdMembers(t, s.householdId)) notifyPerson(t, group, mm.personId, (m) => ({ type: 'text', text: build(m) }), now);
}

/** The deposit QR of a first COD order: only the deposit, not the whole total. */
function depositQr(m: Messages, group: Group, order: OrderRow, deposit: number) {
  const bank = bankByBin(group.bankBin);
  const due = Math.max(0, deposit - order.paidAmount);
  return { type: 'photo' as const, image: { kind: 'vietqr' as const, payload: orderVietQr(group, order.code, due) }, caption: m.qrCaption(bank?.short ?? group.bankBin, group.bankAccount, group.bankAccountName, due, order.code) };
}

/** Subscribes the reactions to shipping: quotes to the admins, tracking to the customer, labels to the households. */
export function registerShippingReactions(): void {
  subscribe('shipping.quoted', (t, { order, quotes, error, booked }, now) => {
    const group = getGroupById(t, order.groupId);
    if (error) return void notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.ship.quotesFailed(order.code, blockerText(m, error)) }), now);
    const qs = quotes as OrderQuote[];
    if (booked.length) {
      const fee = qs.find((q) => 'fee' in q && q.carrier === booked[0]!.carrier && q.serviceId === booked[0]!.serviceId);
      return void notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.ship.autoBooked(order.code, carrierName(booked[0]!.carrier), fee && 'fee' in fee ? fee.fee : 0) }), now);
    }
    const offers = qs.filter((q): q is Extract<OrderQuote, { fee: number }> => 'fee' in q);
    if (offers.length === 0) return void notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.ship.noQuotes(order.code) }), now);
    const parcels = offers[0]!.parcels;
    notifyRole(
      t,
      group,
      'admin',
      (m) => {
        const lines = qs.map((q) => ('fee' in q ? m.ship.quoteLine(carrierName(q.carrier), q.serviceName, q.fee, q.expectedDeliveryAt) : m.ship.quoteFailedLine(carrierName(q.carrier))));
        const buttons: Button[][] = offers.slice(0, 6).map((q) => [{ label: m.ship.btnQuote(carrierName(q.carrier), q.serviceName, q.fee), data: btn.shipWith.data({ code: order.code, carrier: q.carrier, service: q.serviceId }) }]);
        return { type: 'text', text: m.ship.quotesAdmin(order.code, parcels, lines), buttons };
      },
      now,
    );
  });

  subscribe('shipment.created', (t, { order, shipment }, now) => {
    const group = getGroupById(t, order.groupId);
    const name = carrierName(shipment.carrier);
    const code = shipment.carrierOrderCode!;
    notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.ship.trackingCustomer(order.code, name, code, shipment.trackingUrl) }), now);
    tellShipper(t, group, shipment, (m) => m.ship.labelHousehold(order.code, name, code, shipment.labelUrl, shipment.codAmount), now);
  });

  subscribe('shipment.failed', (t, { order, shipment, reason }, now) => {
    notifyRole(t, getGroupById(t, order.groupId), 'admin', (m) => ({ type: 'text', text: m.ship.shipmentFailedAdmin(order.code, carrierName(shipment.carrier), reason) }), now);
  });

  subscribe('shipment.moved', (t, { order, shipment }, now) => {
    const group = getGroupById(t, order.groupId);
    const code = shipment.carrierOrderCode ?? shipment.clientOrderCode;
    if (shipment.status === 'delivering') notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.ship.deliveringCustomer(order.code, code) }), now);
    if (shipment.status === 'delivery_failed') notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.ship.deliveryFailedAdmin(order.code, code) }), now);
    if (shipment.status === 'returning') notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.ship.returningAdmin(order.code, code) }), now);
  });

  subscribe('order.returned', (t, { order, codAmount }, now) => {
    notifyRole(t, getGroupById(t, order.groupId), 'admin', (m) => ({ type: 'text', text: m.ship.returnedAdmin(order.code, codAmount) }), now);
  });

  subscribe('cod.transferred', (t, { order, amount, at }, now) => {
    notifyRole(t, getGroupById(t, order.groupId), 'admin', (m) => ({ type: 'text', text: m.ship.codTransferredAdmin(order.code, amount, at) }), now);
  });

  subscribe('order.cod_chosen', (t, { order, deposit }, now) => {
    const group = getGroupById(t, order.groupId);
    if (order.status === 'paid') {
      notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.ship.codChosen(order.code, order.total - order.paidAmount) }), now);
      notifyHouseholds(t, group, order.id, now);
    } else {
      notifyPerson(t, group, order.personId, (m) => [{ type: 'text', text: m.ship.codDepositNeeded(order.code, deposit, order.total - deposit) }, depositQr(m, group, order, deposit)], now);
    }
  });
}
