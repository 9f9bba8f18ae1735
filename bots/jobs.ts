import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import { tx, type Db } from '../db/index.ts';
import { orders } from '../db/schema.ts';
import type { Clock } from '../core/clock.ts';
import { getGroupById } from '../core/catalog/queries.ts';
import { transitionOrder } from '../core/orders/transition-order.ts';
import { notifyPerson } from './notify.ts';
import { pruneProcessed } from '../core/updates.ts';
import { closePoolsJob } from './dialogs/pools.ts';
import { refreshTallyOf } from './dialogs/group-chat.ts';
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
    tx(db, (t) => {
      t.update(orders).set({ remindedAt: at }).where(eq(orders.id, o.id)).run();
      const group = getGroupById(t, o.groupId);
      notifyPerson(t, group, o.personId, (m) => ({ type: 'text', text: m.expiryReminder(o.code, o.expiresAt!), buttons: unpaidOrderButtons(m, o.code) }), now);
    });
    reminded++;
  }
  const overdue = db
    .select()
    .from(orders)
    .where(and(eq(orders.status, 'awaiting_payment'), isNotNull(orders.expiresAt), lte(orders.expiresAt, at)))
    .all();
  for (const o of overdue) {
    tx(db, (t) => {
      transitionOrder(t, o.id, 'expired', 'system:expiry', now);
      const group = getGroupById(t, o.groupId);
      notifyPerson(t, group, o.personId, (m) => ({ type: 'text', text: m.orderExpired(o.code), buttons: mainMenu(m) }), now);
      refreshTallyOf(t, group, o, now);
    });
    expired++;
  }
  closePoolsJob(db, now);
  pruneProcessed(db, now);
  for (const job of extraJobs) job(db, now);
  return { reminded, expired };
}

/** Runs `runDueJobs` every `intervalMs` until stopped; never throws. */
export function startScheduler(db: Db, clock: Clock, intervalMs = 30_000): () => void {
  const tick = () => {
    try {
      runDueJobs(db, clock);
    } catch (e) {
      console.error('scheduler', e);
    }
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return () => clearInterval(timer);
}
