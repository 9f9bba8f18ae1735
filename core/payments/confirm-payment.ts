import type { Db } from '../../db/index.ts';
import { DomainError } from '../errors.ts';
import { getOrder, type OrderRow } from '../orders/transition-order.ts';
import { resetHits } from '../throttle.ts';
import { paidReportKey } from './paid-report.ts';
import type { PaymentOutcome } from './payment-types.ts';
import { assignPayment, recordPayment } from './record-payment.ts';

/**
 * A confirmer's ✅ (chat or web): the amount still due is recorded as received, once per order and amount
 * due (a double tap counts once); `payment.recorded` tells the people concerned.
 */
export function confirmReceived(t: Db, groupId: number, o: OrderRow, actor: string, who: string, now: Date): PaymentOutcome {
  resetHits(t, paidReportKey(o.id));
  return recordPayment(
    t,
    { groupId, orderId: o.id, source: 'confirmer', externalId: `order:${o.id}:due:${o.total - o.paidAmount}`, amount: o.total - o.paidAmount, actor, description: `confirmed by ${who}` },
    now,
  );
}

/** An admin marks an order paid by hand, with a note (`/thanhtoan CODE [note]`, the web, the API). */
export function markPaidByHand(t: Db, groupId: number, code: string, actor: string, note: string, now: Date): PaymentOutcome {
  const o = getOrder(t, code);
  if (o.groupId !== groupId) throw new DomainError('NOT_FOUND', `no order ${code}`);
  if (o.status !== 'awaiting_payment') throw new DomainError('CONFLICT', `order ${o.code} is ${o.status}`);
  return recordPayment(
    t,
    { groupId, orderId: o.id, source: 'admin', externalId: `order:${o.id}:due:${o.total - o.paidAmount}`, amount: o.total - o.paidAmount, actor, description: note || 'marked paid by hand' },
    now,
  );
}

/** Assigns an unmatched transfer to an order of the group (chat or web). */
export function assignTransferToOrder(t: Db, groupId: number, paymentId: number, code: string, actor: string, now: Date): OrderRow {
  const o = getOrder(t, code);
  if (o.groupId !== groupId) throw new DomainError('NOT_FOUND', code);
  assignPayment(t, paymentId, o.id, actor, now, { groupId });
  return o;
}
