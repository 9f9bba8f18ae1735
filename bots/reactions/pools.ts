import { getGroupById } from '../../core/catalog/queries.ts';
import { subscribe } from '../../core/events.ts';
import { notifyHouseholds } from '../dialogs/households.ts';
import { refreshTallies } from '../dialogs/group-chat.ts';
import { paymentQrMessage, unpaidOrderButtons } from '../dialogs/payment-messages.ts';
import { notifyPerson, notifyRole } from '../notify.ts';
import { enqueue } from '../../core/outbox/enqueue.ts';
import { messages } from '../i18n/index.ts';

/**
 * A pool closed. Met: buyers get their payment QR (or, already paid, the confirmation) and households
 * their allocations. Unmet: each cancelled order was already told by `order.cancelled`. Admins get the
 * summary and every tally of the group is refreshed.
 */
export function registerPoolReactions(): void {
  // Every target met before the deadline: buyers get their payment codes now; the pool stays open.
  subscribe('pool.released', (t, r, now) => {
    const group = getGroupById(t, r.pool.groupId);
    for (const o of r.orders) {
      notifyPerson(t, group, o.personId, (m) => [{ type: 'text', text: m.poolMetCustomer(r.pool.name, o.code) }, paymentQrMessage(m, group, o, unpaidOrderButtons(m, o.code))], now);
    }
    for (const o of r.paid) {
      notifyPerson(t, group, o.personId, (m) => [{ type: 'text', text: m.poolMetCustomer(r.pool.name, o.code) }, { type: 'text', text: m.paymentConfirmed(o.code) }], now);
      notifyHouseholds(t, group, o.id, now);
    }
    if (r.first) {
      // The group chat the pool was opened in, and the admins, hear it once (each buyer got their code privately).
      if (r.pool.chatPlatform && r.pool.chatId) {
        const text = messages(group.language).poolMetGroup(r.pool.name);
        enqueue(t, { platform: r.pool.chatPlatform, chatId: r.pool.chatId, payload: { type: 'text', text }, groupId: group.id }, now);
      }
      notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.poolMetGroup(r.pool.name) }), now);
    }
    refreshTallies(t, group, now);
  });

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
