import { getGroupById } from '../../core/catalog/queries.ts';
import { DomainError } from '../../core/errors.ts';
import { getOrder } from '../../core/orders/transition-order.ts';
import { hasRole, requireRole } from '../../core/people/roles.ts';
import { confirmReceived, markPaidByHand } from '../../core/payments/confirm-payment.ts';
import { UsageError } from '../errors.ts';
import { PAID_REPORT_WINDOW_MS, paidReportKey } from '../../core/payments/paid-report.ts';
import type { Conversation } from '../conversation.ts';
import { feature } from '../feature.ts';
import { notifyPerson, notifyRole } from '../notify.ts';
import { openPoolOfOrder } from '../../core/pools/pools.ts';
import { allowHit, resetHits } from '../../core/throttle.ts';
import { keepOrder } from '../../core/orders/place-order.ts';
import { btn } from '../buttons.ts';

export { PAID_REPORT_WINDOW_MS };

/** The customer taps "I have paid": the group's payment confirmers get the order with ✅/❌ buttons. */
export function reportPaid(c: Conversation, code: string): void {
  const o = getOrder(c.t, code);
  if (o.personId !== c.person.id || o.groupId !== c.group.id) throw new DomainError('NOT_FOUND', `no order ${code}`);
  if (o.status !== 'awaiting_payment') return void c.reply({ type: 'text', text: c.m.alreadyPaid(o.code) });
  const pool = openPoolOfOrder(c.t, o);
  if (pool) return void c.reply({ type: 'text', text: c.m.poolNotYet(pool.name) });
  // Saying "I paid" confirms the order: a short group-chat hold must not expire while the confirmers look.
  keepOrder(c.t, o.id, c.now);
  if (!allowHit(c.t, paidReportKey(o.id), c.now, PAID_REPORT_WINDOW_MS, 1)) return void c.reply({ type: 'text', text: c.m.paidAlreadyReported(o.code) });
  const due = o.total - o.paidAmount;
  const customer = [o.customerName ?? c.identity.displayName ?? c.inc.userId, o.phone].filter(Boolean).join(' · ');
  let reached = notifyRole(c.t, c.group, 'confirmer', (m) => confirmRequest(m, o.code, due, customer), c.now);
  // Without a treasurer the admins confirm.
  if (reached === 0) reached = notifyRole(c.t, c.group, 'admin', (m) => confirmRequest(m, o.code, due, customer), c.now);
  c.reply({ type: 'text', text: reached > 0 ? c.m.paidReported(o.code) : c.m.paidReportedNoConfirmer(o.code) });
}

function confirmRequest(m: Conversation['m'], code: string, due: number, customer: string) {
  return {
    type: 'text' as const,
    text: m.confirmRequest(code, due, customer),
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
    notifyPerson(c.t, group, o.personId, (m) => ({ type: 'text', text: m.paymentNotReceived(o.code), buttons: [[{ label: m.btnPaid, data: btn.paid.data({ code: o.code }) }]] }), c.now);
  }
  c.reply({ type: 'text', text: c.m.confirmDone(o.code, received, who) });
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
  .button(btn.confirmYes, (c, { code }) => confirmPayment(c, code, true))
  .button(btn.confirmNo, (c, { code }) => confirmPayment(c, code, false));
