import { getGroupById } from '../../core/catalog/queries.ts';
import { subscribe } from '../../core/events.ts';
import { notifyHouseholds } from '../dialogs/households.ts';
import { refreshTallies } from '../dialogs/group-chat.ts';
import { paymentQrMessage, unpaidOrderButtons } from '../dialogs/payment-messages.ts';
import { notifyPerson, notifyRole } from '../notify.ts';

/**
 * A pool closed. Met: buyers get their payment QR (or, already paid, the confirmation) and households
 * their allocations. Unmet: each cancelled order was already told by `order.cancelled`. Admins get the
 * summary and every tally of the group is refreshed.
 */
export function registerPoolReactions(): void {
  subscribe('pool.closed', (t, r, now) => {
    const group = getGroupById(t, r.pool.groupId);
    if (r.met) {
      for (const o of r.orders) {
        notifyPerson(t, group, o.personId, (m) => [{ type: 'text', text: m.poolMetCustomer(r.pool.name, o.code) }, paymentQrMessage(m, group, o, unpaidOrderButtons(m, o.code))], now);
        notifyHouseholds(t, group, o.id, now);
      }
    }
    for (const o of r.paid) {
      notifyPerson(t, group, o.personId, (m) => [{ type: 'text', text: m.poolMetCustomer(r.pool.name, o.code) }, { type: 'text', text: m.paymentConfirmed(o.code) }], now);
      notifyHouseholds(t, group, o.id, now);
    }
    notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.poolClosedAdmin(r.pool.name, r.met, r.orders.length + r.paid.length) }), now);
    refreshTallies(t, group, now);
  });
}
