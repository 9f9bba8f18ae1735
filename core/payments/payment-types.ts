/** The shapes of payments and of what recording one did (kept apart so events can name them without a circle). */
import type { payments } from '../../db/schema.ts';
import type { OrderRow } from '../orders/transition-order.ts';

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

