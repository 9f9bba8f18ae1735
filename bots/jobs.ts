import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import { reportError } from './report.ts';
import { tx, type Db } from '../db/index.ts';
import { orders } from '../db/schema.ts';
import type { Clock } from '../core/clock.ts';
import { getGroupById } from '../core/catalog/queries.ts';
import { getOrderById, transitionOrder } from '../core/orders/transition-order.ts';
import { notifyPerson } from './notify.ts';
import { pruneProcessed } from '../core/updates.ts';
import { closePoolsJob } from './dialogs/pools.ts';
import { afterCancel } from './dialogs/cancellation.ts';
import { mainMenu } from './dialogs/keyboards.ts';
import { unpaidOrderButtons } from './dialogs/payment-messages.ts';

/** How long before expiry the customer is reminded. */
export const REMINDER_BEFORE_MS = 2 * 3600_000;

/** Registered periodic jobs (the group-selling dialogs add pool closing). */
const extraJobs: ((db: Db, now: Date) => void)[] = [];

/** Adds a job to every scheduler tick. */
export function registerJob(job: (db: Db, now: Date) => void): void {
  extraJobs.push(job);
}

/**
 * Runs everything that is due at `now`: payment reminders, expiry of unpaid orders (stock released,
 * customer told), and registered jobs. All state lives in the database, so a restart loses nothing:
 * whatever fell due while the server was down is done at the next tick.
 */
export function runDueJobs(db: Db, clock: Clock): { reminded: number; expired: number } {
  const now = clock();
  const at = now.toISOString();
  let reminded = 0;
  let expired = 0;
  const dueSoon = db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.status, 'awaiting_payment'),
        isNotNull(orders.expiresAt),
        isNull(orders.remindedAt),
        lte(orders.expiresAt, new Date(now.getTime() + REMINDER_BEFORE_MS).toISOString()),
      ),
    )
    .all();
  for (const o of dueSoon) {
    if (o.expiresAt! <= at) continue;
    const ok = guarded(`remind ${o.code}`, () =>
      tx(db, (t) => {
        t.update(orders).set({ remindedAt: at }).where(eq(orders.id, o.id)).run();
        const group = getGroupById(t, o.groupId);
        notifyPerson(t, group, o.personId, (m) => ({ type: 'text', text: m.expiryReminder(o.code, o.expiresAt!), buttons: unpaidOrderButtons(m, o.code) }), now);
        return true;
      }),
    );
    if (ok) reminded++;
  }
  const overdue = db
    .select()
    .from(orders)
    .where(and(eq(orders.status, 'awaiting_payment'), isNotNull(orders.expiresAt), lte(orders.expiresAt, at)))
    .all();
  for (const o of overdue) {
    // Each order in its own transaction and try: one that changed meanwhile (paid by a webhook
    // between the query and here) must not stop the rest of the tick.
    const ok = guarded(`expire ${o.code}`, () =>
      tx(db, (t) => {
        if (getOrderById(t, o.id).status !== 'awaiting_payment') return false;
        const expiredOrder = transitionOrder(t, o.id, 'expired', 'system:expiry', now);
        const group = getGroupById(t, o.groupId);
        notifyPerson(t, group, o.personId, (m) => ({ type: 'text', text: m.orderExpired(o.code), buttons: mainMenu(m) }), now);
        afterCancel(t, group, expiredOrder, now);
        return true;
      }),
    );
    if (ok) expired++;
  }
  guarded('close pools', () => closePoolsJob(db, now));
  guarded('prune processed updates', () => pruneProcessed(db, now));
  for (const job of extraJobs) guarded('job', () => job(db, now));
  return { reminded, expired };
}

/** Runs one piece of scheduled work, logging (not throwing) its failure so the rest of the tick goes on. */
function guarded<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    reportError({ err: e, job: what }, 'scheduled job failed');
    return undefined;
  }
}

/** Runs `runDueJobs` every `intervalMs` until stopped; never throws. */
export function startScheduler(db: Db, clock: Clock, intervalMs = 30_000): () => void {
  const tick = () => {
    try {
      runDueJobs(db, clock);
    } catch (e) {
      reportError({ err: e }, 'scheduler tick failed');
    }
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return () => clearInterval(timer);
}
