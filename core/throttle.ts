import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { chatStates } from '../db/schema.ts';
import { getState, setState, stateKey } from './chat-state.ts';

/**
 * A fixed-window counter kept in `chat_states` (same transaction as the message that counts): true while
 * fewer than `max` hits fell in the current window of `windowMs`, and the hit is counted; false once the
 * window is full (nothing counted). Used for "I paid" reports per order and /join attempts per person.
 */
export function allowHit(t: Db, key: string, now: Date, windowMs: number, max: number): boolean {
  // The chat-state store's prepared statements: a payment claim counts one hit on every claim turn.
  const data = getState(t, stateKey<{ since?: string; count?: number }>(key));
  const fresh = !data?.since || now.getTime() - Date.parse(data.since) >= windowMs || now.getTime() < Date.parse(data.since);
  const count = fresh ? 0 : (data.count ?? 0);
  if (count >= max) return false;
  const next = { since: fresh ? now.toISOString() : data!.since!, count: count + 1 };
  setState(t, stateKey<typeof next>(key), next, now);
  return true;
}

/** Forgets a counter (the report was answered: the next one may go out at once). */
export function resetHits(t: Db, key: string): void {
  t.delete(chatStates).where(eq(chatStates.key, key)).run();
}
