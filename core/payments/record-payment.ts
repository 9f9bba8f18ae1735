import { and, eq, inArray } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { orderEvents, orders, payments, pools, type PaymentStatus } from '../../db/schema.ts';
import { getOrderById, transitionOrder, type OrderRow } from '../orders/transition-order.ts';
import { DomainError } from '../errors.ts';

export type PaymentRow = typeof payments.$inferSelect;

/** Money that arrived or was confirmed, before it is matched to anything. */
export interface PaymentInput {
  groupId: number | null;
  orderId: number | null;
  source: PaymentRow['source'];
  /** The provider's transaction id; the same (source, externalId) is counted once. */
  externalId: string | null;
  amount: number;
  description?: string | null;
  actor: string;
  raw?: unknown;
}

/** What recording a payment did. */
export type PaymentOutcome =
  | { kind: 'duplicate'; payment: PaymentRow }
  | { kind: 'unmatched'; payment: PaymentRow }
  /** A bank transfer that confirms money a treasurer already confirmed by hand: nothing new is counted. */
  | { kind: 'reconciled'; payment: PaymentRow; order: OrderRow }
  /** Money for an order whose pool is still open: kept on the order, which goes ahead only if the pool does. */
  | { kind: 'held'; payment: PaymentRow; order: OrderRow; due: number }
  | { kind: 'paid' | 'partial' | 'overpaid' | 'late'; payment: PaymentRow; order: OrderRow; due: number };

/** The payment status an order has after `paid` of `total` đồng arrived. */
export function paymentStatusFor(paid: number, total: number): PaymentStatus {
  if (paid <= 0) return 'unpaid';
  if (paid < total) return 'partial';
  return paid === total ? 'paid' : 'overpaid';
}

/**
 * Records a payment and applies it to its order: enough money moves an awaiting order to `paid`;
 * less is `partial`, more is `overpaid`, money for a cancelled or expired order is `late`.
 * Nothing is ever dropped: a payment without an order is kept as unmatched for an admin to assign.
 */
export function recordPayment(db: Db, input: PaymentInput, now: Date): PaymentOutcome {
  if (!Number.isInteger(input.amount)) throw new Error('payment amount must be whole đồng');
  return tx(db, (t) => {
    if (input.externalId) {
      const dup = t
        .select()
        .from(payments)
        .where(and(eq(payments.source, input.source), eq(payments.externalId, input.externalId)))
        .get();
      if (dup) return { kind: 'duplicate', payment: dup };
    }
    const at = now.toISOString();
    const payment = t
      .insert(payments)
      .values({
        groupId: input.groupId,
        orderId: input.orderId,
        source: input.source,
        externalId: input.externalId,
        amount: input.amount,
        description: input.description ?? null,
        status: input.orderId ? 'matched' : 'unmatched',
        actor: input.actor,
        raw: input.raw === undefined ? null : JSON.stringify(input.raw),
        receivedAt: at,
      })
      .returning()
      .get();
    if (!input.orderId) return { kind: 'unmatched', payment };
    return { ...applyToOrder(t, input.orderId, payment, now), payment };
  });
}

/** Assigns an unmatched payment to an order (an admin's decision) and applies it. */
export function assignPayment(db: Db, paymentId: number, orderId: number, actor: string, now: Date): PaymentOutcome {
  return tx(db, (t) => {
    const payment = t.select().from(payments).where(eq(payments.id, paymentId)).get();
    if (!payment || payment.orderId) throw new DomainError('NOT_FOUND', `payment #${paymentId} is not an unmatched payment`);
    const order = getOrderById(t, orderId);
    // Money that landed on one group's account can only pay that group's orders.
    if (payment.groupId !== null && payment.groupId !== order.groupId) throw new DomainError('NOT_FOUND', `payment #${paymentId} belongs to another group`);
    const updated = t
      .update(payments)
      .set({ orderId, groupId: order.groupId, status: 'assigned', actor: `${payment.actor}; assigned by ${actor}` })
      .where(eq(payments.id, paymentId))
      .returning()
      .get();
    return { ...applyToOrder(t, orderId, updated, now), payment: updated };
  });
}

const MANUAL: PaymentRow['source'][] = ['confirmer', 'admin'];

function applyToOrder(
  t: Db,
  orderId: number,
  payment: PaymentRow,
  now: Date,
): { kind: 'paid' | 'partial' | 'overpaid' | 'late' | 'held' | 'reconciled'; order: OrderRow; due: number } {
  const before = getOrderById(t, orderId);
  const at = now.toISOString();
  // A treasurer's ✅ attests money the bank will report later: when that transfer arrives for the
  // same amount it confirms the attestation instead of being counted a second time.
  if (!MANUAL.includes(payment.source)) {
    const attested = t
      .select()
      .from(payments)
      .where(and(eq(payments.orderId, orderId), inArray(payments.source, MANUAL), eq(payments.status, 'matched'), eq(payments.amount, payment.amount)))
      .orderBy(payments.id)
      .get();
    if (attested) {
      t.update(payments).set({ status: 'reconciled' }).where(eq(payments.id, attested.id)).run();
      t.update(payments).set({ status: 'reconciles' }).where(eq(payments.id, payment.id)).run();
      t.insert(orderEvents).values({ orderId, type: 'payment_reconciled', actor: payment.actor, note: `${payment.source} ${payment.amount} confirms #${attested.id}`, at }).run();
      return { kind: 'reconciled', order: before, due: Math.max(0, before.total - before.paidAmount) };
    }
  }
  const paid = before.paidAmount + payment.amount;
  const status = paymentStatusFor(paid, before.total);
  t.update(orders).set({ paidAmount: paid, paymentStatus: status, updatedAt: at }).where(eq(orders.id, orderId)).run();
  t.insert(orderEvents)
    .values({ orderId, type: 'payment', actor: payment.actor, note: `${payment.source} ${payment.amount}`, at })
    .run();
  const poolOpen = before.poolId !== null && t.select({ s: pools.status }).from(pools).where(eq(pools.id, before.poolId)).get()?.s === 'open';
  if (before.status === 'awaiting_payment' && paid >= before.total && !poolOpen) transitionOrder(t, orderId, 'paid', payment.actor, now);
  const order = getOrderById(t, orderId);
  const due = Math.max(0, order.total - order.paidAmount);
  if (before.status === 'cancelled' || before.status === 'expired') return { kind: 'late', order, due };
  if (poolOpen && before.status === 'awaiting_payment') return { kind: 'held', order, due };
  return { kind: status === 'overpaid' ? 'overpaid' : status === 'partial' ? 'partial' : 'paid', order, due };
}
