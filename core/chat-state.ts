import { eq, sql } from 'drizzle-orm';
import { prepared, type Db } from '../db/index.ts';
import { chatStates } from '../db/schema.ts';

/**
 * A typed key of the chat-state store: the key string and, as a phantom type, what is stored under it.
 * Build keys with `stateKey<T>()(…)` so a key and its value type travel together.
 */
export type StateKey<T> = string & { readonly __state?: T };

/** A key whose value has type T (`stateKey<Tally>('tally:telegram:-100:1')`). */
export function stateKey<T>(key: string): StateKey<T> {
  return key as StateKey<T>;
}

const byKey = prepared((db) => db.select().from(chatStates).where(eq(chatStates.key, sql.placeholder('key'))).prepare());
const upsert = prepared((db) =>
  db
    .insert(chatStates)
    .values({ key: sql.placeholder('key'), data: sql.placeholder('data'), updatedAt: sql.placeholder('at') })
    .onConflictDoUpdate({ target: chatStates.key, set: { data: sql`excluded.data`, updatedAt: sql`excluded.updated_at` } })
    .prepare(),
);

/** The value stored under a key, if any (conversation state, a group chat's tally …). */
export function getState<T>(db: Db, key: StateKey<T>): T | undefined {
  return byKey(db).get({ key })?.data as T | undefined;
}

/** Stores a value under a key, replacing what was there. */
export function setState<T>(db: Db, key: StateKey<T>, value: T, now: Date): void {
  upsert(db).run({ key, data: value as unknown as Record<string, unknown>, at: now.toISOString() });
}

/** Every value whose key starts with `prefix`. */
export function statesWithPrefix<T>(db: Db, prefix: string): T[] {
  return db.select().from(chatStates).where(sql`substr(${chatStates.key}, 1, ${prefix.length}) = ${prefix}`).all().map((r) => r.data as T);
}
