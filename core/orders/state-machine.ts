import type { OrderStatus } from '../../db/schema.ts';
import { IllegalTransitionError } from '../errors.ts';

/** The allowed order transitions (DESIGN.md): the main line plus the side exits cancelled and expired. */
export const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  awaiting_payment: ['paid', 'cancelled', 'expired'],
  paid: ['ready', 'cancelled'],
  ready: ['shipped', 'cancelled'],
  shipped: ['delivered', 'returned'],
  delivered: [],
  cancelled: [],
  expired: [],
  // Every parcel came back to the household: nothing is earned; the admin decides about the goods.
  returned: [],
};

/** True when an order may go from `from` to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws IllegalTransitionError unless the transition is allowed. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}

/** Statuses in which the order still holds reserved stock. */
export const HOLDS_STOCK: readonly OrderStatus[] = ['awaiting_payment', 'paid', 'ready'];
