import type { Db } from '../../db/index.ts';
import { getGroupById, type Group } from '../../core/catalog/queries.ts';
import { subscribe } from '../../core/events.ts';
import { sharesOfOrder } from '../../core/households/allocations.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { householdMembers } from '../../core/people/roles.ts';
import { notifyHouseholds } from '../dialogs/households.ts';
import { refreshTallyOf } from '../dialogs/group-chat.ts';
import { mainMenu } from '../dialogs/keyboards.ts';
import { notifyPerson, notifyRole } from '../notify.ts';

/**
 * What follows any cancellation or expiry: households that were told to prepare are told to stop,
 * money already received is reported for refund (to the admins, and to the customer), and the group
 * chat's tally drops the order.
 */
function afterOrderEnded(t: Db, group: Group, order: OrderRow, now: Date): void {
  const told = new Set(sharesOfOrder(t, order.id).filter((s) => s.status === 'notified' || s.status === 'ready').map((s) => s.householdId));
  for (const householdId of told) {
    for (const m of householdMembers(t, householdId)) notifyPerson(t, group, m.personId, (mm) => ({ type: 'text', text: mm.orderCancelledHousehold(order.code) }), now);
  }
  if (order.paidAmount > 0) {
    const customer = [order.customerName, order.phone].filter(Boolean).join(' · ') || order.code;
    notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.refundDueAdmin(order.code, order.paidAmount, customer) }), now);
    notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.refundCustomer(order.code, order.paidAmount) }), now);
  }
  refreshTallyOf(t, group, order, now);
}

/** Subscribes the reactions to the order lifecycle. */
export function registerOrderReactions(): void {
  subscribe('order.placed', (t, { order }, now) => {
    const group = getGroupById(t, order.groupId);
    // Groups that work from placement tell their households at once; the others when the order is paid.
    if (group.notifyHouseholdsOn === 'placed') notifyHouseholds(t, group, order.id, now);
  });

  subscribe('order.cancelled', (t, e, now) => {
    const { order } = e;
    const group = getGroupById(t, order.groupId);
    // The customer who cancelled is answered in their chat; the others are told here.
    if (e.by === 'shop') notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.cancelledByShop(order.code) }), now);
    // Buyers who already paid hear about their refund instead.
    if (e.by === 'pool' && order.paidAmount === 0) {
      const poolName = e.pool?.name ?? '';
      notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.poolUnmetCustomer(poolName, order.code) }), now);
    }
    afterOrderEnded(t, group, order, now);
  });

  subscribe('order.expired', (t, { order }, now) => {
    const group = getGroupById(t, order.groupId);
    notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.orderExpired(order.code), buttons: mainMenu(m) }), now);
    afterOrderEnded(t, group, order, now);
  });

  subscribe('order.advanced', (t, { order, to }, now) => {
    const group = getGroupById(t, order.groupId);
    notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: to === 'shipped' ? m.shippedCustomer(order.code) : m.deliveredCustomer(order.code) }), now);
  });

  subscribe('allocation.changed', (t, { order }, now) => {
    // The households that now hold the line are told what to prepare, as they would have been.
    if (order.status === 'paid' || order.householdsNotifiedAt) notifyHouseholds(t, getGroupById(t, order.groupId), order.id, now);
  });

  subscribe('payout.recorded', (t, e, now) => {
    const group = getGroupById(t, e.groupId);
    for (const m of householdMembers(t, e.householdId)) notifyPerson(t, group, m.personId, (mm) => ({ type: 'text', text: mm.payoutReceived(e.amount) }), now);
  });
}
