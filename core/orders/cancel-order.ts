import type { Db } from '../../db/index.ts';
import { emit, type CancelledBy } from '../events.ts';
import { DomainError } from '../errors.ts';
import type { pools } from '../../db/schema.ts';
import { getOrder, transitionOrder, type OrderRow } from './transition-order.ts';

/** Who cancels and why; `pool` when a pool that missed its target ends the order. */
export interface CancelInput {
  by: CancelledBy;
  actor: string;
  reason?: string;
  pool?: typeof pools.$inferSelect;
}

/**
 * Cancels an order (stock goes back to the households) and records `order.cancelled`: the households
 * that were told to prepare hear it, money already received is reported for refund, the tally drops it.
 */
export function cancelOrder(t: Db, orderId: number, input: CancelInput, now: Date): OrderRow {
  const cancelled = transitionOrder(t, orderId, 'cancelled', input.actor, now, input.reason || undefined);
  emit(t, { type: 'order.cancelled', order: cancelled, by: input.by, ...(input.reason ? { reason: input.reason } : {}), ...(input.pool ? { pool: input.pool } : {}) }, now);
  return cancelled;
}

/** The shop cancels one of its group's orders (chat or web), even a paid one. */
export function cancelOrderByShop(t: Db, groupId: number, code: string, reason: string, actor: string, now: Date): OrderRow {
  const o = getOrder(t, code);
  if (o.groupId !== groupId) throw new DomainError('NOT_FOUND', code);
  return cancelOrder(t, o.id, { by: 'shop', actor, reason }, now);
}

/** An unpaid order ran past its payment time: it expires (stock released) and `order.expired` is recorded. */
export function expireOrder(t: Db, orderId: number, now: Date): OrderRow {
  const expired = transitionOrder(t, orderId, 'expired', 'system:expiry', now);
  emit(t, { type: 'order.expired', order: expired }, now);
  return expired;
}
