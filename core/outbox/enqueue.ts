import type { Db } from '../../db/index.ts';
import { outbox, type Platform } from '../../db/schema.ts';

/** A message to write to the outbox; `payload` is the neutral outgoing message, opaque to core/. */
export interface OutboxInput {
  platform: Platform;
  chatId: string;
  payload: Record<string, unknown>;
  groupId?: number | null;
  identityId?: number | null;
  inReplyTo?: string | null;
}

/** Writes one outgoing message to the outbox; call it inside the transaction of the change that caused it. */
export function enqueue(db: Db, msg: OutboxInput, now: Date): number {
  const at = now.toISOString();
  return db
    .insert(outbox)
    .values({
      platform: msg.platform,
      chatId: msg.chatId,
      payload: msg.payload,
      groupId: msg.groupId ?? null,
      identityId: msg.identityId ?? null,
      inReplyTo: msg.inReplyTo ?? null,
      nextAttemptAt: at,
      createdAt: at,
    })
    .returning({ id: outbox.id })
    .get().id;
}
