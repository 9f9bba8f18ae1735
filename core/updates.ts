import { lt, sql } from 'drizzle-orm';
import { prepared, type Db } from '../db/index.ts';
import { processedUpdates } from '../db/schema.ts';

/**
 * Records that a webhook update was processed: an atomic unique insert, so of two concurrent or
 * repeated deliveries exactly one gets `true`. Call it in the transaction that handles the update.
 */
export function markProcessed(db: Db, source: string, key: string, now: Date): boolean {
  return insertProcessed(db).run({ source, key, at: now.toISOString() }).changes === 1;
}

const insertProcessed = prepared((db) =>
  db
    .insert(processedUpdates)
    .values({ source: sql.placeholder('source'), updateKey: sql.placeholder('key'), processedAt: sql.placeholder('at') })
    .onConflictDoNothing()
    .prepare(),
);

/** How long processed update ids are kept: platforms redeliver within hours, so two days is ample. */
export const PROCESSED_KEEP_MS = 48 * 3600_000;

/** Forgets processed update ids older than PROCESSED_KEEP_MS. */
export function pruneProcessed(db: Db, now: Date): number {
  return db
    .delete(processedUpdates)
    .where(lt(processedUpdates.processedAt, new Date(now.getTime() - PROCESSED_KEEP_MS).toISOString()))
    .run().changes;
}

/** Number of processed updates remembered (for tests and health). */
export function processedCount(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(processedUpdates).get()!.n;
}
