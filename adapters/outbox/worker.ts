import { and, asc, eq, inArray, lte, ne } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { outbox, type Platform } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { markUnreachable } from '../../core/people/identify.ts';
import type { Outgoing } from '../../bots/model.ts';
import { DeliveryError, type OutboxRow, type Sender } from './types.ts';

/** Attempts before a message is given up as failed (kept in the table, visible to admins). */
export const MAX_ATTEMPTS = 8;

/** Backoff for retryable failures without a server-given delay: 2 s, 4 s, 8 s … capped at 5 min. */
export function backoffMs(attempts: number): number {
  return Math.min(300_000, 2000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers due outbox messages through each platform's sender, in order per chat: a chat whose
 * earlier message is still waiting gets nothing newer until that one is through. Returns how many
 * messages were sent. Network work happens here, outside any transaction.
 */
export async function deliverDue(db: Db, senders: Partial<Record<Platform, Sender>>, clock: Clock, limit = 100): Promise<number> {
  const platforms = Object.keys(senders) as Platform[];
  if (platforms.length === 0) return 0;
  const now = clock();
  const pending = db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), inArray(outbox.platform, platforms)))
    .orderBy(asc(outbox.id))
    .limit(limit * 4)
    .all();
  const blocked = new Set<string>();
  let sent = 0;
  let handled = 0;
  for (const row of pending) {
    const chat = `${row.platform}:${row.chatId}`;
    if (blocked.has(chat)) continue;
    if (row.nextAttemptAt > now.toISOString()) {
      blocked.add(chat);
      continue;
    }
    if (handled++ >= limit) break;
    const ok = await deliverOne(db, senders[row.platform]!, row, clock);
    if (ok) sent++;
    else blocked.add(chat);
  }
  return sent;
}

async function deliverOne(db: Db, sender: Sender, row: OutboxRow, clock: Clock): Promise<boolean> {
  const message = row.payload as unknown as Outgoing;
  let targetMessageId: string | undefined;
  let target: OutboxRow | undefined;
  if (message.type === 'edit') {
    target = db.select().from(outbox).where(eq(outbox.id, message.target)).get();
    // Wait only while the message to edit is still on its way; if it failed, or the platform gave
    // no id to edit it by, the new text goes out as a fresh message (below).
    if (target?.status === 'pending') return false;
    targetMessageId = target?.status === 'sent' ? (target.platformMessageId ?? undefined) : undefined;
  }
  try {
    const res = await sender.send({ row, message, targetMessageId });
    const at = clock().toISOString();
    if (target && !targetMessageId && res.messageId) {
      // The fresh message stands in for the one that could not be edited: later edits go to it.
      db.update(outbox).set({ status: 'sent', platformMessageId: res.messageId }).where(eq(outbox.id, target.id)).run();
    }
    db.update(outbox)
      .set({ status: 'sent', sentAt: at, attempts: row.attempts + 1, platformMessageId: res.messageId ?? (message.type === 'edit' ? targetMessageId ?? null : null), lastError: null })
      .where(eq(outbox.id, row.id))
      .run();
    return true;
  } catch (e) {
    const now = clock();
    const err = e instanceof DeliveryError ? e : new DeliveryError(String((e as Error)?.message ?? e));
    const attempts = row.attempts + 1;
    if (err.opts.unreachable) {
      if (row.identityId) markUnreachable(db, row.identityId, err.message, now);
      db.update(outbox).set({ status: 'failed', attempts, lastError: err.message }).where(eq(outbox.id, row.id)).run();
      return true;
    }
    if (err.opts.permanent || attempts >= MAX_ATTEMPTS) {
      db.update(outbox).set({ status: 'failed', attempts, lastError: err.message }).where(eq(outbox.id, row.id)).run();
      return true;
    }
    const wait = err.opts.retryAfterMs ?? backoffMs(attempts);
    db.update(outbox)
      .set({ attempts, lastError: err.message, nextAttemptAt: new Date(now.getTime() + wait).toISOString() })
      .where(eq(outbox.id, row.id))
      .run();
    return false;
  }
}

/** Runs `deliverDue` every `intervalMs` until stopped; never throws. */
export function startOutboxWorker(db: Db, senders: Partial<Record<Platform, Sender>>, clock: Clock, intervalMs = 500): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = async () => {
    if (stopped) return;
    try {
      await deliverDue(db, senders, clock);
    } catch (e) {
      console.error('outbox worker', e);
    }
    if (!stopped) timer = setTimeout(loop, intervalMs);
  };
  timer = setTimeout(loop, 0);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/** Messages that failed for good, for the admin pages and logs. */
export function failedMessages(db: Db): OutboxRow[] {
  return db.select().from(outbox).where(and(eq(outbox.status, 'failed'), ne(outbox.platform, 'sim'), lte(outbox.attempts, 1000))).all();
}
