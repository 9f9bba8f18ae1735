import type { Db } from '../../db/index.ts';
import { getGroupById } from '../../core/catalog/queries.ts';
import { subscribe } from '../../core/events.ts';
import type { PaymentOutcome } from '../../core/payments/payment-types.ts';
import { notifyHouseholds } from '../dialogs/households.ts';
import { mainMenu } from '../dialogs/keyboards.ts';
import { paymentQrMessage } from '../dialogs/payment-messages.ts';
import { notifyPerson, notifyRole } from '../notify.ts';
import { btn } from '../buttons.ts';
import { confirmRequest } from '../dialogs/payments.ts';
import type { OrderRow } from '../../core/orders/transition-order.ts';
import type { Messages } from '../i18n/index.ts';

/** Tells the people concerned what a recorded payment did: customer, admins, households. */
function announcePayment(t: Db, outcome: PaymentOutcome, now: Date, groupId?: number | null): void {
  if (outcome.kind === 'duplicate' || outcome.kind === 'reconciled') return;
  // Cash a carrier collected on delivery: the order is already delivered; the shipping reactions speak for it.
  if (outcome.payment.source === 'cod') return;
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
      if (order.paymentMethod === 'cod' && order.status === 'paid') {
        // A cash-on-delivery deposit: the order goes ahead, the rest is paid to the carrier.
        notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.ship.codDepositReceived(order.code, outcome.due) }), now);
        notifyHouseholds(t, group, order.id, now);
        break;
      }
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

/** A customer says they paid: the group's confirmers get the order with ✅/❌ (without a treasurer, the admins). */
function askConfirmers(t: Db, order: OrderRow, how: 'button' | 'words' | 'photo', customer: string, now: Date): void {
  const group = getGroupById(t, order.groupId);
  const due = order.total - order.paidAmount;
  const build = (m: Messages) => confirmRequest(m, order.code, due, customer, how);
  if (notifyRole(t, group, 'confirmer', build, now) === 0) notifyRole(t, group, 'admin', build, now);
}

/** Subscribes the reaction to every recorded payment (bank webhook, confirmer, admin, API, web) and every claim. */
export function registerPaymentReactions(): void {
  subscribe('payment.recorded', (t, e, now) => announcePayment(t, e.outcome, now, e.groupId));
  subscribe('payment.claimed', (t, e, now) => askConfirmers(t, e.order, e.how, e.customer, now));
}
