import { reportError } from './report.ts';
import { tx, type Db } from '../db/index.ts';
import type { Clock } from '../core/clock.ts';
import { getGroupById } from '../core/catalog/queries.ts';
import { getOrderById } from '../core/orders/transition-order.ts';
import { expireOrder } from '../core/orders/cancel-order.ts';
import { markReminded, ordersDueForReminder, overdueOrders } from '../core/orders/due-orders.ts';
import { closeDuePools } from '../core/pools/pools.ts';
import { notifyPerson } from './notify.ts';
import { pruneProcessed } from '../core/updates.ts';
import { unpaidOrderButtons } from './dialogs/payment-messages.ts';
import { registerReactions } from './reactions/index.ts';

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
  registerReactions();
  const now = clock();
  const at = now.toISOString();
  let reminded = 0;
  let expired = 0;
  const dueSoon = ordersDueForReminder(db, now, REMINDER_BEFORE_MS);
  for (const o of dueSoon) {
    if (o.expiresAt! <= at) continue;
    const ok = guarded(`remind ${o.code}`, () =>
      tx(db, (t) => {
        markReminded(t, o.id, now);
        const group = getGroupById(t, o.groupId);
        notifyPerson(t, group, o.personId, (m) => ({ type: 'text', text: m.expiryReminder(o.code, o.expiresAt!), buttons: unpaidOrderButtons(m, o.code) }), now);
        return true;
      }),
    );
    if (ok) reminded++;
  }
  const overdue = overdueOrders(db, now);
  for (const o of overdue) {
    // Each order in its own transaction and try: one that changed meanwhile (paid by a webhook
    // between the query and here) must not stop the rest of the tick.
    const ok = guarded(`expire ${o.code}`, () =>
      tx(db, (t) => {
        if (getOrderById(t, o.id).status !== 'awaiting_payment') return false;
        expireOrder(t, o.id, now);
        return true;
      }),
    );
    if (ok) expired++;
  }
  // Pools past their deadline close; what people are told follows from `pool.closed` (bots/reactions/pools.ts).
  guarded('close pools', () => closeDuePools(db, now, (groupId) => getGroupById(db, groupId).paymentTimeoutMinutes));
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
