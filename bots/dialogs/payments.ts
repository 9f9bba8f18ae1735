import { getGroupById, type Group } from '../../core/catalog/queries.ts';
import { DomainError } from '../../core/errors.ts';
import { getOrder, getOrderById, type OrderRow } from '../../core/orders/transition-order.ts';
import { hasRole } from '../../core/people/roles.ts';
import { recordPayment, type PaymentOutcome } from '../../core/payments/record-payment.ts';
import type { Db } from '../../db/index.ts';
import type { Conversation } from '../conversation.ts';
import { notifyPerson, notifyRole } from '../notify.ts';
import { mainMenu } from './keyboards.ts';
import { paymentQrMessage } from './payment-messages.ts';
import { onOrderPaid } from './households.ts';
import { openPoolOfOrder } from '../../core/pools/pools.ts';
import { allowHit, resetHits } from '../throttle.ts';
import { keepOrder } from '../../core/orders/place-order.ts';

/** One pending ✅/❌ request per order: a repeated "I paid" within this window reaches no confirmer again. */
export const PAID_REPORT_WINDOW_MS = 30 * 60_000;
/** The counter of a customer's "I paid" reports for an order (prefix + order id); it exists while a report waits for an answer. */
export const PAID_REPORT_PREFIX = 'paid-report:';
const paidReportKey = (orderId: number) => `${PAID_REPORT_PREFIX}${orderId}`;

/** Tells the people concerned what a recorded payment did: customer, admins, households. */
export function announcePayment(t: Db, outcome: PaymentOutcome, now: Date, groupId?: number | null): void {
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
      onOrderPaid(t, group, order.id, now);
      break;
    case 'overpaid': {
      const extra = order.paidAmount - order.total;
      notifyPerson(t, group, order.personId, (m) => ({ type: 'text', text: m.overpaidCustomer(order.code, extra) }), now);
      notifyRole(t, group, 'admin', (m) => ({ type: 'text', text: m.overpaidAdmin(order.code, extra) }), now);
      if (order.status === 'paid') onOrderPaid(t, group, order.id, now);
      break;
    }
    case 'partial':
      notifyPerson(
        t,
        group,
        order.personId,
        (m) => [{ type: 'text', text: m.partialPaid(order.code, order.paidAmount, outcome.due) }, paymentQrMessage(m, group, order, [[{ label: m.btnPaid, data: `pd:${order.code}` }]])],
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
    buttons: [[{ label: m.btnConfirmYes, data: `cy:${code}` }, { label: m.btnConfirmNo, data: `cn:${code}` }]],
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
    confirmReceived(c.t, group, o, `confirmer:${c.inc.platform}:${c.inc.userId}`, who, c.now);
  } else {
    notifyPerson(c.t, group, o.personId, (m) => ({ type: 'text', text: m.paymentNotReceived(o.code), buttons: [[{ label: m.btnPaid, data: `pd:${o.code}` }]] }), c.now);
  }
  c.reply({ type: 'text', text: c.m.confirmDone(o.code, received, who) });
}

/**
 * A confirmer's ✅ (chat or web): the amount still due is recorded as received, once per order and amount
 * due (a double tap counts once), and the people concerned are told.
 */
export function confirmReceived(t: Db, group: Group, o: OrderRow, actor: string, who: string, now: Date): PaymentOutcome {
  resetHits(t, paidReportKey(o.id));
  const outcome = recordPayment(
    t,
    { groupId: group.id, orderId: o.id, source: 'confirmer', externalId: `order:${o.id}:due:${o.total - o.paidAmount}`, amount: o.total - o.paidAmount, actor, description: `confirmed by ${who}` },
    now,
  );
  announcePayment(t, outcome, now);
  return outcome;
}

/** An admin marks an order paid by hand, with a note (`/thanhtoan CODE [note]`). */
export function markPaidByHand(t: Db, group: Group, code: string, actor: string, note: string, now: Date): PaymentOutcome {
  const o = getOrder(t, code);
  if (o.groupId !== group.id) throw new DomainError('NOT_FOUND', `no order ${code}`);
  if (o.status !== 'awaiting_payment') throw new DomainError('CONFLICT', `order ${o.code} is ${o.status}`);
  const outcome = recordPayment(
    t,
    { groupId: group.id, orderId: o.id, source: 'admin', externalId: `order:${o.id}:due:${o.total - o.paidAmount}`, amount: o.total - o.paidAmount, actor, description: note || 'marked paid by hand' },
    now,
  );
  announcePayment(t, outcome, now);
  return outcome;
}

/** Re-reads an order after a change (for callers that hold an id). */
export function orderById(t: Db, id: number) {
  return getOrderById(t, id);
}
