import type { outbox } from '../../db/schema.ts';
import type { Outgoing } from '../../bots/model.ts';

export type OutboxRow = typeof outbox.$inferSelect;

/** One message to deliver, with the platform id of the message an edit targets. */
export interface Delivery {
  row: OutboxRow;
  message: Outgoing;
  /** For an edit: the platform's id of the earlier message. */
  targetMessageId?: string;
  /** The sender calls this just before its request leaves for the platform (after any waiting and rendering). */
  onWire?: () => void;
}

/** A platform's way of delivering neutral messages; each chat adapter provides one. */
export interface Sender {
  /** Delivers one message; returns the platform's id for it (needed to edit it later). */
  send(d: Delivery): Promise<{ messageId?: string }>;
  /** True when `send` calls `d.onWire()` itself; otherwise the message counts as on the wire from the start. */
  marksWire?: boolean;
  /** Chats of this platform served at once (default `DEFAULT_PLATFORM_CONCURRENCY`); the sender keeps the platform's rate limits itself. */
  concurrency?: number;
}

/** Chats served at once for a platform whose sender does not say: modest, for platforms without a proactive rate limiter. */
export const DEFAULT_PLATFORM_CONCURRENCY = 4;

/** Why a delivery failed, and what the outbox should do about it. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly opts: {
      /** Try again after this long (a 429's retry_after, or backoff). */
      retryAfterMs?: number;
      /** Never retry (a 400 the platform will always refuse). */
      permanent?: boolean;
      /** The user blocked the bot or left: mark the identity unreachable; keep the order. */
      unreachable?: boolean;
    } = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
