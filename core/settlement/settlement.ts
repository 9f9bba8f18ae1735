import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { allocations, households, orderLines, orders, payouts } from '../../db/schema.ts';
import { getGroup, getHousehold } from '../catalog/queries.ts';
import { DomainError } from '../errors.ts';
import { buildVietQr } from '../payments/vietqr.ts';

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

/** Order statuses whose allocated lines have earned money for households. */
const EARNING: ('paid' | 'ready' | 'shipped' | 'delivered')[] = ['paid', 'ready', 'shipped', 'delivered'];

/**
 * Per household of a group: the value of its allocations in paid (or later) orders, the group's
 * commission on it, what was paid out, and what is owed, with a VietQR code to pay it.
 */
export function settlement(db: Db, slug: string): { group: string; households: HouseholdSettlement[] } {
  const g = getGroup(db, slug);
  const earnedRows = db
    .select({ householdId: allocations.householdId, earned: sql<number>`sum(round(${allocations.qty} * ${orderLines.unitPrice}))` })
    .from(allocations)
    .innerJoin(orderLines, eq(orderLines.id, allocations.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.groupId, g.id), inArray(orders.status, EARNING), ne(allocations.status, 'cannot_supply')))
    .groupBy(allocations.householdId)
    .all();
  const paidRows = db
    .select({ householdId: payouts.householdId, paid: sql<number>`sum(${payouts.amount})` })
    .from(payouts)
    .innerJoin(households, eq(households.id, payouts.householdId))
    .where(eq(households.groupId, g.id))
    .groupBy(payouts.householdId)
    .all();
  const earned = new Map(earnedRows.map((r) => [r.householdId, Math.round(r.earned)]));
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
