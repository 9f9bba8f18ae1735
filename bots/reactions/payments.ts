import type { Db } from '../../db/index.ts';
import { getGroupById } from '../../core/catalog/queries.ts';
import { subscribe } from '../../core/events.ts';
import type { PaymentOutcome } from '../../core/payments/payment-types.ts';
import { notifyHouseholds } from '../dialogs/households.ts';
import { mainMenu } from '../dialogs/keyboards.ts';
import { paymentQrMessage } from '../dialogs/payment-messages.ts';
import { notifyPerson, notifyRole } from '../notify.ts';
import { btn } from '../buttons.ts';

/** Tells the people concerned what a recorded payment did: customer, admins, households. */
function announcePayment(t: Db, outcome: PaymentOutcome, now: Date, groupId?: number | null): void {
  if (outcome.kind === 'duplicate' || outcome.kind === 'reconciled') return;
  if (outcome.kind === 'unmatched') {
    const gid = outcome.payment.groupId ?? groupId;
    if (!gid) return;
    const group = getGroupById(t, gid);
    notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: `${m.unmatchedAdmin(outcome.payment.amount, outcome.payment.description ?? '')} (#${outcome.payment.id})` }), now);
    return;
  }
  const order = outcome.order;
  const group = getGroupById(t, order.groupId);
  switch (outcome.kind) {
    case 'paid':
      notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.paymentConfirmed(order.code), buttons: mainMenu(m) }), now);
      notifyHouseholds(t, group, order.id, now);
      break;
    case 'overpaid': {
      const extra = order.paidAmount - order.total;
      notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.overpaidCustomer(order.code, extra) }), now);
      notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.overpaidAdmin(order.code, extra) }), now);
      if (order.status === 'paid') notifyHouseholds(t, group, order.id, now);
      break;
    }
    case 'partial':
      notifyPerson(
        t,
        group,
        order.personId,
        (m) => [{ type: 'text', text: m.partialPaid(order.code, order.paidAmount, outcome.due) }, paymentQrMessage(m, group, order, [[{ label: m.btnPaid, data: btn.paid.data({ code: order.code }) }]])],
        now,
      );
      break;
    case 'held':
      notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.paymentHeld(order.code, order.paidAmount) }), now);
      break;
    case 'late':
      notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.lateAdmin(order.code, outcome.payment.amount, m.status[order.status] ?? order.status) }), now);
      break;
  }
}

/** Subscribes the reaction to every recorded payment (bank webhook, confirmer, admin, API, web). */
export function registerPaymentReactions(): void {
  subscribe('payment.recorded', (t, e, now) => announcePayment(t, e.outcome, now, e.groupId));
}
