import { and, eq, inArray, sql } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { orderEvents, orders, payments, pools, type PaymentStatus } from '../../db/schema.ts';
import { getOrderById, transitionOrder, type OrderRow } from '../orders/transition-order.ts';
import { DomainError } from '../errors.ts';

export type { PaymentInput, PaymentOutcome, PaymentRow } from './payment-types.ts';
import type { PaymentInput, PaymentOutcome, PaymentRow } from './payment-types.ts';
import { emit } from '../events.ts';

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
    const outcome: PaymentOutcome = input.orderId ? { ...applyToOrder(t, input.orderId, payment, now), payment } : { kind: 'unmatched', payment };
    emit(t, { type: 'payment.recorded', outcome, groupId: input.groupId }, now);
    return outcome;
  });
}

/**
 * Assigns an unmatched payment to an order and applies it. A group's admin (`by: { groupId }`) may
 * only assign money that landed on that group's account to that group's orders; money no group's
 * account can be shown to have received (group null) is the operator's to assign (`by: 'operator'`).
 */
export function assignPayment(db: Db, paymentId: number, orderId: number, actor: string, now: Date, by: { groupId: number } | 'operator'): PaymentOutcome {
  return tx(db, (t) => {
    const payment = t.select().from(payments).where(eq(payments.id, paymentId)).get();
    if (!payment || payment.orderId || payment.status !== 'unmatched') throw new DomainError('NOT_FOUND', `payment #${paymentId} is not an unmatched payment`);
    const order = getOrderById(t, orderId);
    const allowed =
      by === 'operator'
        ? payment.groupId === null || payment.groupId === order.groupId
        : payment.groupId === by.groupId && order.groupId === by.groupId;
    // Refused exactly like a missing payment: an admin learns nothing about another group's money.
    if (!allowed) throw new DomainError('NOT_FOUND', `payment #${paymentId} is not an unmatched payment of this group`);
    const updated = t
      .update(payments)
      .set({ orderId, groupId: order.groupId, status: 'assigned', actor: `${payment.actor}; assigned by ${actor}` })
      .where(eq(payments.id, paymentId))
      .returning()
      .get();
    const outcome: PaymentOutcome = { ...applyToOrder(t, orderId, updated, now), payment: updated };
    emit(t, { type: 'payment.recorded', outcome, groupId: order.groupId }, now);
    return outcome;
  });
}

const MANUAL: PaymentRow['source'][] = ['confirmer', 'admin'];

/** Money a confirmer or admin attested by hand on an order that no bank transfer has confirmed yet. */
export function unconfirmedAttestation(t: Db, orderId: number): number {
  const row = t
    .select({ open: sql<number>`coalesce(sum(${payments.amount} - ${payments.reconciledAmount}), 0)` })
    .from(payments)
    .where(and(eq(payments.orderId, orderId), inArray(payments.source, MANUAL), inArray(payments.status, ['matched', 'assigned'])))
    .get();
  return row?.open ?? 0;
}

/**
 * A bank transfer on an order that a treasurer already confirmed by hand first confirms that
 * attestation (up to its amount, across several transfers if the customer paid in parts); only the
 * rest is new money. Returns how much of `amount` was reconciled.
 */
function reconcileAttestations(t: Db, orderId: number, payment: PaymentRow, at: string): number {
  let left = payment.amount;
  const open = t
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), inArray(payments.source, MANUAL), inArray(payments.status, ['matched', 'assigned'])))
    .orderBy(payments.id)
    .all();
  for (const attested of open) {
    if (left === 0) break;
    const take = Math.min(left, attested.amount - attested.reconciledAmount);
    if (take <= 0) continue;
    left -= take;
    const reconciled = attested.reconciledAmount + take;
    t.update(payments)
      .set({ reconciledAmount: reconciled, ...(reconciled === attested.amount ? { status: 'reconciled' } : {}) })
      .where(eq(payments.id, attested.id))
      .run();
    t.insert(orderEvents).values({ orderId, type: 'payment_reconciled', actor: payment.actor, note: `${payment.source} ${take} confirms #${attested.id}`, at }).run();
  }
  const reconciled = payment.amount - left;
  if (reconciled > 0) {
    t.update(payments)
      .set({ reconciledAmount: reconciled, ...(left === 0 ? { status: 'reconciles' } : {}) })
      .where(eq(payments.id, payment.id))
      .run();
  }
  return reconciled;
}

/** Applies a recorded payment to its order (inside the caller's transaction). */
export function applyToOrder(
  t: Db,
  orderId: number,
  payment: PaymentRow,
  now: Date,
): { kind: 'paid' | 'partial' | 'overpaid' | 'late' | 'held' | 'reconciled'; order: OrderRow; due: number } {
  const before = getOrderById(t, orderId);
  const at = now.toISOString();
  // A treasurer's ✅ attests money the bank will report later, possibly in several transfers: those
  // confirm the attestation instead of being counted a second time; only a surplus is new money.
  const reconciled = MANUAL.includes(payment.source) ? 0 : reconcileAttestations(t, orderId, payment, at);
  const fresh = payment.amount - reconciled;
  if (fresh === 0) return { kind: 'reconciled', order: before, due: Math.max(0, before.total - before.paidAmount) };
  const paid = before.paidAmount + fresh;
  const status = paymentStatusFor(paid, before.total);
  t.update(orders).set({ paidAmount: paid, paymentStatus: status, updatedAt: at }).where(eq(orders.id, orderId)).run();
  t.insert(orderEvents)
    .values({ orderId, type: 'payment', actor: payment.actor, note: `${payment.source} ${fresh}${reconciled ? ` (of ${payment.amount}; ${reconciled} confirmed a hand confirmation)` : ''}`, at })
    .run();
  const poolOpen = before.poolId !== null && t.select({ s: pools.status }).from(pools).where(eq(pools.id, before.poolId)).get()?.s === 'open';
  // A cash-on-delivery order goes ahead once its deposit (if any) is in; the rest is collected by the carrier.
  const goAhead = before.paymentMethod === 'cod' ? before.depositDue : before.total;
  if (before.status === 'awaiting_payment' && paid >= goAhead && !poolOpen) transitionOrder(t, orderId, 'paid', payment.actor, now);
  const order = getOrderById(t, orderId);
  const due = Math.max(0, order.total - order.paidAmount);
  if (before.status === 'cancelled' || before.status === 'expired') return { kind: 'late', order, due };
  if (poolOpen && before.status === 'awaiting_payment') return { kind: 'held', order, due };
  return { kind: status === 'overpaid' ? 'overpaid' : status === 'partial' ? 'partial' : 'paid', order, due };
}
