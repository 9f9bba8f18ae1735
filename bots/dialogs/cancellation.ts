import type { Db } from '../../db/index.ts';
import type { Group } from '../../core/catalog/queries.ts';
import { sharesOfOrder } from '../../core/households/allocations.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import { householdMembers } from '../../core/people/roles.ts';
import { notifyPerson, notifyRole } from '../notify.ts';
import { refreshTallyOf } from './group-chat.ts';

/**
 * What follows any cancellation or expiry: households that were told to prepare are told to stop,
 * money already received is reported for refund (to the admins, and to the customer), and the
 * group chat's tally drops the order. Runs in the transaction of the cancellation.
 */
export function afterCancel(t: Db, group: Group, order: OrderRow, now: Date): void {
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
