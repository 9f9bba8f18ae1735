import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { chatStates } from '../db/schema.ts';

/**
 * A fixed-window counter kept in `chat_states` (same transaction as the message that counts): true while
 * fewer than `max` hits fell in the current window of `windowMs`, and the hit is counted; false once the
 * window is full (nothing counted). Used for "I paid" reports per order and /join attempts per person.
 */
export function allowHit(t: Db, key: string, now: Date, windowMs: number, max: number): boolean {
  const row = t.select().from(chatStates).where(eq(chatStates.key, key)).get();
  const data = row?.data as { since?: string; count?: number } | undefined;
  const fresh = !data?.since || now.getTime() - Date.parse(data.since) >= windowMs || now.getTime() < Date.parse(data.since);
  const count = fresh ? 0 : (data.count ?? 0);
  if (count >= max) return false;
  const next = { since: fresh ? now.toISOString() : data!.since!, count: count + 1 };
  const at = now.toISOString();
  t.insert(chatStates).values({ key, data: next, updatedAt: at }).onConflictDoUpdate({ target: chatStates.key, set: { data: next, updatedAt: at } }).run();
  return true;
}

/** Forgets a counter (the report was answered: the next one may go out at once). */
export function resetHits(t: Db, key: string): void {
  t.delete(chatStates).where(eq(chatStates.key, key)).run();
}
