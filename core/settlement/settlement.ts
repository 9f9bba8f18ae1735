import { and, eq, gt, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { allocations, households, orderEvents, orderLines, orders, payouts } from '../../db/schema.ts';
import { getGroup, getHousehold } from '../catalog/queries.ts';
import { DomainError } from '../errors.ts';
import { buildVietQr } from '../payments/vietqr.ts';
import { emit } from '../events.ts';

/** What one household has earned, what the group keeps, what was paid out and what is owed. */
export interface HouseholdSettlement {
  household: string;
  name: string;
  earned: number;
  commission: number;
  paidOut: number;
  /** What the group still owes the household; never negative. */
  owed: number;
  /** Paid out beyond what was earned (an advance an admin recorded with an override and a note); 0 otherwise. */
  advance: number;
  /** VietQR payload paying `owed` to the household's account (static, without an amount, when nothing is owed); null without a payout account. */
  vietqr: string | null;
}

/** Order statuses whose allocated lines have earned money for households, besides 'delivered'. */
const IN_FLIGHT: ('paid' | 'ready' | 'shipped')[] = ['paid', 'ready', 'shipped'];

/** Per household, the value of its allocations (those it did not refuse) in the orders matching `where`. */
function earnedIn(db: Db, ...where: SQL[]): { householdId: number; earned: number }[] {
  return db
    .select({ householdId: allocations.householdId, earned: sql<number>`sum(round(${allocations.qty} * ${orderLines.unitPrice}))` })
    .from(allocations)
    .innerJoin(orderLines, eq(orderLines.id, allocations.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    // A cash-on-delivery order earns once the carrier has collected its money (a returned one never does).
    .where(and(...where, ne(allocations.status, 'cannot_supply'), or(ne(orders.paymentMethod, 'cod'), inArray(orders.paymentStatus, ['paid', 'overpaid']))))
    .groupBy(allocations.householdId)
    .all()
    .map((r) => ({ householdId: r.householdId, earned: Math.round(r.earned) }));
}

/**
 * A group's earnings from delivered orders, per household. A delivered order never changes again
 * (delivered is final, and allocations change only before shipping), so each connection keeps these
 * sums and adds only the orders delivered since, found by their 'delivered' event (every delivery goes
 * through transitionOrder, which writes one), instead of summing the group's whole history each time.
 * Events are only ever appended, and a rolled-back transaction or savepoint removes only the newest
 * ones, so the kept sums stand as long as the last event they counted is still there, unchanged: one
 * lookup by primary key, where counting the delivered orders cost a scan of the whole history. When
 * that event is gone or rewritten (a delivery rolled back after it was counted), the sums are rebuilt.
 */
function deliveredEarnings(db: Db, groupId: number): Map<number, number> {
  return tx(db, (t) => new Map(keptDeliveredEarnings(t, groupId).earned)); // one snapshot for the reads below
}

interface KeptEarnings {
  /** The last event counted (0: none yet) and what it said, to notice that it was rolled back. */
  lastEventId: number;
  lastEvent: string | null;
  earned: Map<number, number>;
}

/** More newly delivered orders than this, and one pass over the group's history is cheaper than adding them one by one. */
const REBUILD_AFTER = 500;

const deliveredSince = prepared((db) =>
  db
    .select({ eventId: orderEvents.id, orderId: orderEvents.orderId })
    .from(orderEvents)
    .innerJoin(orders, eq(orders.id, orderEvents.orderId))
    .where(and(eq(orderEvents.toStatus, 'delivered'), gt(orderEvents.id, sql.placeholder('after')), eq(orders.groupId, sql.placeholder('groupId')), eq(orders.status, 'delivered')))
    .orderBy(orderEvents.id)
    .limit(REBUILD_AFTER + 1)
    .prepare(),
);
const eventById = prepared((db) => db.select({ orderId: orderEvents.orderId, toStatus: orderEvents.toStatus, at: orderEvents.at }).from(orderEvents).where(eq(orderEvents.id, sql.placeholder('id'))).prepare());
const lastEvent = prepared((db) => db.select({ id: sql<number | null>`max(${orderEvents.id})` }).from(orderEvents).prepare());

function fingerprint(db: Db, eventId: number): string | null {
  const e = eventById(db).get({ id: eventId });
  return e ? `${e.orderId}:${e.toStatus}:${e.at}` : null;
}

function keptDeliveredEarnings(db: Db, groupId: number): KeptEarnings {
  let byGroup = deliveredCache.get(db.$client);
  if (!byGroup) deliveredCache.set(db.$client, (byGroup = new Map()));
  let kept = byGroup.get(groupId);
  if (kept && kept.lastEventId > 0 && fingerprint(db, kept.lastEventId) !== kept.lastEvent) kept = undefined;
  const newly = kept ? deliveredSince(db).all({ after: kept.lastEventId, groupId }) : [];
  if (kept && newly.length <= REBUILD_AFTER) {
    if (newly.length > 0) {
      for (const r of earnedIn(db, inArray(orders.id, newly.map((n) => n.orderId)))) kept.earned.set(r.householdId, (kept.earned.get(r.householdId) ?? 0) + r.earned);
      kept.lastEventId = newly[newly.length - 1]!.eventId;
      kept.lastEvent = fingerprint(db, kept.lastEventId);
    }
  } else {
    const lastEventId = lastEvent(db).get()?.id ?? 0;
    const earned = new Map(earnedIn(db, eq(orders.groupId, groupId), eq(orders.status, 'delivered')).map((r) => [r.householdId, r.earned]));
    kept = { lastEventId, lastEvent: lastEventId > 0 ? fingerprint(db, lastEventId) : null, earned };
    byGroup.set(groupId, kept);
  }
  return kept;
}

const deliveredCache = new WeakMap<object, Map<number, KeptEarnings>>();

/** Order statuses whose allocated lines have earned money for households. */
export const EARNING_STATUSES: ('paid' | 'ready' | 'shipped' | 'delivered')[] = ['paid', 'ready', 'shipped', 'delivered'];

/**
 * Per household of a group: the value of its allocations in paid (or later) orders, the group's
 * commission on it, what was paid out, and what is owed, with a VietQR code to pay it.
 */
export function settlement(db: Db, slug: string): { group: string; households: HouseholdSettlement[] } {
  const g = getGroup(db, slug);
  const earned = deliveredEarnings(db, g.id);
  for (const r of earnedIn(db, eq(orders.groupId, g.id), inArray(orders.status, IN_FLIGHT))) earned.set(r.householdId, (earned.get(r.householdId) ?? 0) + r.earned);
  const paidRows = db
    .select({ householdId: payouts.householdId, paid: sql<number>`sum(${payouts.amount})` })
    .from(payouts)
    .innerJoin(households, eq(households.id, payouts.householdId))
    .where(eq(households.groupId, g.id))
    .groupBy(payouts.householdId)
    .all();
  const paid = new Map(paidRows.map((r) => [r.householdId, r.paid]));
  const hs = db.select().from(households).where(eq(households.groupId, g.id)).orderBy(households.id).all();
  return {
    group: g.slug,
    households: hs.map((h) => {
      const e = earned.get(h.id) ?? 0;
      const commission = Math.round((e * g.commissionPercent) / 100);
      const paidOut = paid.get(h.id) ?? 0;
      const balance = e - commission - paidOut;
      const owed = Math.max(0, balance);
      const advance = Math.max(0, -balance);
      const memo = `${g.codePrefix} ${h.key.replace(/-/g, ' ')}`;
      const vietqr = h.bankBin && h.bankAccount ? buildVietQr({ bin: h.bankBin, account: h.bankAccount, memo, ...(owed > 0 ? { amount: owed } : {}) }) : null;
      return { household: h.key, name: h.name, earned: e, commission, paidOut, owed, advance, vietqr };
    }),
  };
}

/** What a payout may go beyond: an amount larger than what is owed needs `override` and a note saying why. */
export interface PayoutOptions {
  note?: string | undefined;
  override?: boolean | undefined;
}

/**
 * Records money paid out from the group to a household, capped at what the household is owed: a larger
 * amount (an advance) is refused unless `override` is set with a note. Checked and written in one
 * transaction, so two payouts at once cannot both pass the cap.
 */
export function recordPayout(db: Db, slug: string, householdKey: string, amount: number, actor: string, now: Date, opts: PayoutOptions = {}): HouseholdSettlement {
  if (!Number.isInteger(amount) || amount <= 0) throw new DomainError('INVALID_INPUT', 'payout must be a positive whole number of đồng');
  const note = opts.note?.trim() || null;
  if (opts.override && !note) throw new DomainError('INVALID_INPUT', 'a payout beyond what is owed needs a note saying why');
  return tx(db, (t) => {
    const g = getGroup(t, slug);
    const h = getHousehold(t, g.id, householdKey);
    const before = settlement(t, slug).households.find((x) => x.household === h.key)!;
    if (amount > before.owed && !opts.override) {
      throw new PayoutExceedsOwedError(h.key, amount, before.owed);
    }
    t.insert(payouts).values({ householdId: h.id, amount, note, actor, createdAt: now.toISOString() }).run();
    emit(t, { type: 'payout.recorded', groupId: g.id, householdId: h.id, amount }, now);
    return settlement(t, slug).households.find((x) => x.household === h.key)!;
  });
}

/** A payout larger than what the household is owed, without an override. */
export class PayoutExceedsOwedError extends DomainError {
  constructor(
    readonly household: string,
    readonly amount: number,
    readonly owed: number,
  ) {
    super('CONFLICT', `a payout of ${amount} to ${household} exceeds the ${owed} it is owed; pass an override with a note to pay more`);
    this.name = 'PayoutExceedsOwedError';
  }
}
