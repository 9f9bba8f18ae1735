import { getGroupById } from '../../core/catalog/queries.ts';
import { DomainError } from '../../core/errors.ts';
import { getOrder } from '../../core/orders/transition-order.ts';
import { hasRole, requireRole } from '../../core/people/roles.ts';
import { confirmReceived, markPaidByHand } from '../../core/payments/confirm-payment.ts';
import { UsageError } from '../errors.ts';
import { PAID_REPORT_WINDOW_MS, paidReportKey } from '../../core/payments/paid-report.ts';
import type { Messages } from '../i18n/index.ts';
import type { Conversation } from '../conversation.ts';
import { feature } from '../feature.ts';
import { notifyPerson } from '../notify.ts';
import { openPoolOfOrder } from '../../core/pools/pools.ts';
import { resetHits } from '../../core/throttle.ts';
import { btn } from '../buttons.ts';
import { claimPayment as claimPaymentOp, clearPaymentClaim, unpaidOrdersOf } from '../../core/payments/payment-claim.ts';
import { peopleWithRole } from '../../core/people/roles.ts';
import { shortItems } from './order-labels.ts';

export { PAID_REPORT_WINDOW_MS };

/**
 * The customer says they paid — the 💸 button, words ("đã chuyển khoản") or a bank-app screenshot: the group's
 * payment confirmers get the order with ✅/❌ buttons (once per 30 minutes), and the order shows the claim.
 */
export function reportPaid(c: Conversation, code: string, how: 'button' | 'words' | 'photo' = 'button'): void {
  const o = getOrder(c.t, code);
  if (o.personId !== c.person.id || o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', `no order ${code}`);
  if (o.status !== 'awaiting_payment') return void c.reply({ type: 'text', text: c.m.alreadyPaid(o.code) });
  const pool = openPoolOfOrder(c.t, o);
  if (pool) return void c.reply({ type: 'text', text: c.m.poolNotYet(pool.name) });
  const customer = [o.customerName ?? c.identity.displayName ?? c.inc.userId, o.phone].filter(Boolean).join(' · ');
  // The confirmers are asked by the reaction to `payment.claimed` (bots/reactions/payments.ts).
  const outcome = claimPaymentOp(c.t, o, how, customer, `customer:${c.inc.platform}:${c.inc.userId}`, c.now);
  if (outcome === 'repeated') return void c.reply({ type: 'text', text: c.m.paidAlreadyReported(o.code) });
  const someone = peopleWithRole(c.t, c.group.id, 'confirmer').length > 0 || peopleWithRole(c.t, c.group.id, 'admin').length > 0;
  c.reply({ type: 'text', text: someone ? c.m.paidReported(o.code) : c.m.paidReportedNoConfirmer(o.code) });
}

/** The ✅/❌ question a confirmer gets for a claimed payment. */
export function confirmRequest(m: Messages, code: string, due: number, customer: string, how: 'button' | 'words' | 'photo') {
  return {
    type: 'text' as const,
    text: how === 'photo' ? m.confirmRequestPhoto(code, due, customer) : m.confirmRequest(code, due, customer),
    buttons: [[{ label: m.btnConfirmYes, data: btn.confirmYes.data({ code: code }) }, { label: m.btnConfirmNo, data: btn.confirmNo.data({ code: code }) }]],
  };
}

/** A confirmer (or admin) answers ✅ received / ❌ not received for an order. */
export function confirmPayment(c: Conversation, code: string, received: boolean): void {
  const o = getOrder(c.t, code);
  const group = getGroupById(c.t, o.groupId);
  if (!hasRole(c.t, c.person.id, group.id, 'confirmer') && !hasRole(c.t, c.person.id, group.id, 'admin')) {
    throw new DomainError('FORBIDDEN', 'only confirmers confirm payments');
  }
  const who = c.person.name ?? c.identity.displayName ?? c.inc.userId;
  resetHits(c.t, paidReportKey(o.id)); // answered: a new report may go out at once
  if (o.status !== 'awaiting_payment') {
    return void c.reply({ type: 'text', text: c.m.confirmAlreadyHandled(o.code, c.m.status[o.status] ?? o.status) });
  }
  if (received) {
    confirmReceived(c.t, group.id, o, `confirmer:${c.inc.platform}:${c.inc.userId}`, who, c.now);
  } else {
    clearPaymentClaim(c.t, o.id, c.now);
    notifyPerson(c.t, group, o.personId, (m) => ({ type: 'text', text: m.paymentNotReceived(o.code), buttons: [[{ label: m.btnPaid, data: btn.paid.data({ code: o.code }) }]] }), c.now);
  }
  c.reply({ type: 'text', text: c.m.confirmDone(o.code, received, who) });
}

/**
 * A claim of payment in words or a photo: with one unpaid order it is reported at once; with several the
 * customer picks which; with none they are told kindly and nobody is disturbed.
 */
export function paymentClaimed(c: Conversation, how: 'words' | 'photo'): void {
  const unpaid = unpaidOrdersOf(c.t, c.group.id, c.person.id);
  if (unpaid.length === 0) return void c.reply({ type: 'text', text: c.m.claimNoUnpaid, buttons: [[{ label: c.m.btnOrders, data: btn.orders.data({}) }]] });
  if (unpaid.length === 1) return reportPaid(c, unpaid[0]!.code, how);
  const codec = how === 'photo' ? btn.paidWithPhoto : btn.paid;
  c.reply({
    type: 'text',
    text: c.m.claimWhich,
    buttons: unpaid.map((o) => [{ label: c.m.claimChoice(o.code, o.total, shortItems(c.t, o.id, c.m.lang)), data: codec.data({ code: o.code }) }]),
  });
}

/** `/thanhtoan CODE [note]`: an admin marks an order paid by hand. */
function markPaid(c: Conversation, args: string[], rest: string): void {
  requireRole(c.t, c.person.id, c.group.id, 'admin');
  const code = args[0];
  if (!code) throw new UsageError('/thanhtoan <mã đơn> [ghi chú]');
  const note = rest.slice(code.length).trim();
  markPaidByHand(c.t, c.group.id, code, `admin:${c.inc.platform}:${c.inc.userId}`, note, c.now);
  c.reply({ type: 'text', text: c.m.confirmDone(code.toUpperCase(), true, c.person.name ?? c.inc.userId) });
}

/** Payments from the chat: the customer's "I paid", the confirmer's ✅/❌, an admin's mark-paid. */
export const paymentsFeature = feature('payments')
  .command({
    names: ['thanhtoan', 'markpaid'],
    roles: ['admin'],
    help: { vi: '/thanhtoan <mã đơn> [ghi chú] — ghi nhận đã thu tiền', en: '/markpaid <order code> [note] — record the order as paid' },
    handle: (c, { args, rest }) => markPaid(c, args, rest),
  })
  .button(btn.paid, (c, { code }) => reportPaid(c, code))
  .button(btn.paidWithPhoto, (c, { code }) => reportPaid(c, code, 'photo'))
  // A photo from a customer whose order waits for payment is a bank-app screenshot: a claim of payment.
  .photo((c) => c.isPrivate && unpaidOrdersOf(c.t, c.group.id, c.person.id).length > 0, (c) => paymentClaimed(c, 'photo'))
  .button(btn.confirmYes, (c, { code }) => confirmPayment(c, code, true))
  .button(btn.confirmNo, (c, { code }) => confirmPayment(c, code, false));
