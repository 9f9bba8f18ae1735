import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
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
  owed: number;
  /** VietQR payload paying `owed` to the household's account (static, without an amount, when nothing is owed); null without a payout account. */
  vietqr: string | null;
}

/** Order statuses whose allocated lines have earned money for households. */
export const EARNING_STATUSES: ('paid' | 'ready' | 'shipped' | 'delivered')[] = ['paid', 'ready', 'shipped', 'delivered'];
const EARNING = EARNING_STATUSES;

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
      const owed = e - commission - paidOut;
      const memo = `${g.codePrefix} ${h.key.replace(/-/g, ' ')}`;
      const vietqr = h.bankBin && h.bankAccount ? buildVietQr({ bin: h.bankBin, account: h.bankAccount, memo, ...(owed > 0 ? { amount: owed } : {}) }) : null;
      return { household: h.key, name: h.name, earned: e, commission, paidOut, owed, vietqr };
    }),
  };
}

/** Records money paid out from the group to a household. */
export function recordPayout(db: Db, slug: string, householdKey: string, amount: number, actor: string, now: Date, note?: string): void {
  if (!Number.isInteger(amount) || amount <= 0) throw new DomainError('INVALID_INPUT', 'payout must be a positive whole number of đồng');
  const g = getGroup(db, slug);
  const h = getHousehold(db, g.id, householdKey);
  db.insert(payouts).values({ householdId: h.id, amount, note: note ?? null, actor, createdAt: now.toISOString() }).run();
}
