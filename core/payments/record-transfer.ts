import { and, eq, inArray } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { groups, orderEvents, orders, payments } from '../../db/schema.ts';
import type { OrderRow } from '../orders/transition-order.ts';
import type { BankTransfer } from './bank-transfer.ts';
import { findOrderCodes } from './find-order-code.ts';
import { emit } from '../events.ts';
import { applyToOrder, unconfirmedAttestation, type PaymentOutcome, type PaymentRow } from './record-payment.ts';

type GroupRow = typeof groups.$inferSelect;

/** Account numbers as banks relay them: spaces, dots and dashes dropped, letters upper-cased. */
function normalizeAccount(account: string): string {
  return account.replace(/[\s.-]/g, '').toUpperCase();
}

/** The group whose bank account received the transfer, when the provider names the account and it is one of ours. */
export function groupOfAccount(all: GroupRow[], accountNumber: string | null): GroupRow | undefined {
  if (!accountNumber) return undefined;
  const wanted = normalizeAccount(accountNumber);
  return all.find((g) => normalizeAccount(g.bankAccount) === wanted);
}

/** What an order still expects from the bank: the unpaid part, plus any hand confirmation the bank has not confirmed yet. */
function expected(t: Db, o: OrderRow): number {
  const due = o.status === 'awaiting_payment' ? Math.max(0, o.total - o.paidAmount) : 0;
  return due + unconfirmedAttestation(t, o.id);
}

/** One share of a transfer: which order, how much. */
export interface TransferShare {
  order: OrderRow;
  amount: number;
}

/**
 * Splits a transfer across the orders its memo names, in the memo's order: each order that still
 * expects money gets up to what it expects; a remainder goes to the last order served (where it
 * shows as overpaid and is reported). Orders that expect nothing (already paid) are skipped; when no
 * named order expects anything, the whole amount goes to the first one (reported as overpaid or late).
 */
export function splitTransfer(t: Db, named: OrderRow[], amount: number): TransferShare[] {
  const shares: TransferShare[] = [];
  let left = amount;
  for (const o of named) {
    if (left === 0) break;
    const take = Math.min(left, expected(t, o));
    if (take <= 0) continue;
    shares.push({ order: o, amount: take });
    left -= take;
  }
  if (shares.length === 0) return named.length ? [{ order: named[0]!, amount }] : [];
  if (left > 0) shares[shares.length - 1]!.amount += left;
  return shares;
}

/**
 * Records one incoming bank transfer, once per provider transaction id, and applies it:
 * - the memo's order codes (however the bank mangled them) pick the orders; money that landed on one
 *   group's account only pays that group's orders;
 * - a memo naming several orders is split across them (see `splitTransfer`), one payment row per share,
 *   the first under the provider's id and the others under `<id>#2`, `<id>#3` …, each describing the split;
 * - a transfer that matches no order is kept as unmatched, for the group whose account received it; with
 *   several groups and no account number to tell them apart, for the operator (group null): no group's
 *   admin may take money that might be another group's.
 */
export function recordTransfer(db: Db, tr: BankTransfer, now: Date): PaymentOutcome[] {
  if (!Number.isInteger(tr.amount) || tr.amount <= 0) throw new Error('transfer amount must be a positive whole number of đồng');
  return tx(db, (t) => {
    const dup = t
      .select()
      .from(payments)
      .where(and(eq(payments.source, tr.provider), eq(payments.externalId, tr.externalId)))
      .get();
    if (dup) return [{ kind: 'duplicate', payment: dup }];
    const all = t.select().from(groups).all();
    const byAccount = groupOfAccount(all, tr.accountNumber);
    const prefixes = new Set((byAccount ? [byAccount] : all).map((g) => g.codePrefix));
    const codes = findOrderCodes(tr.description, (p) => prefixes.has(p));
    const found = codes.length ? t.select().from(orders).where(inArray(orders.code, codes)).all() : [];
    let named = codes.map((c) => found.find((o) => o.code === c)).filter((o): o is OrderRow => o !== undefined);
    if (byAccount) named = named.filter((o) => o.groupId === byAccount.id);
    // One transfer lands in one account: without an account number, the first order named decides the group.
    if (named.length) named = named.filter((o) => o.groupId === named[0]!.groupId);
    const at = now.toISOString();
    const raw = tr.raw === undefined ? null : JSON.stringify(tr.raw);
    const actor = `bank:${tr.provider}`;
    const shares = splitTransfer(t, named, tr.amount);
    if (shares.length === 0) {
      const groupId = byAccount?.id ?? (all.length === 1 ? all[0]!.id : null);
      const payment = t
        .insert(payments)
        .values({ groupId, orderId: null, source: tr.provider, externalId: tr.externalId, amount: tr.amount, description: tr.description, status: 'unmatched', actor, raw, receivedAt: at })
        .returning()
        .get();
      const outcome: PaymentOutcome = { kind: 'unmatched', payment };
      emit(t, { type: 'payment.recorded', outcome, groupId }, now);
      return [outcome];
    }
    const outcomes: PaymentOutcome[] = [];
    const split = shares.length > 1;
    shares.forEach((share, i) => {
      const note = split ? ` [${i + 1}/${shares.length} of ${tr.amount} đ to ${shares.map((s) => `${s.order.code}:${s.amount}`).join(', ')}]` : '';
      const payment: PaymentRow = t
        .insert(payments)
        .values({
          groupId: share.order.groupId,
          orderId: share.order.id,
          source: tr.provider,
          externalId: i === 0 ? tr.externalId : `${tr.externalId}#${i + 1}`,
          amount: share.amount,
          description: `${tr.description}${note}`,
          status: 'matched',
          actor,
          raw: i === 0 ? raw : null,
          receivedAt: at,
        })
        .returning()
        .get();
      if (split) {
        t.insert(orderEvents)
          .values({ orderId: share.order.id, type: 'payment_split', actor, note: `transfer ${tr.provider}:${tr.externalId} of ${tr.amount}: ${share.amount} to this order${note}`, at })
          .run();
      }
      const outcome: PaymentOutcome = { ...applyToOrder(t, share.order.id, payment, now), payment };
      emit(t, { type: 'payment.recorded', outcome, groupId: share.order.groupId }, now);
      outcomes.push(outcome);
    });
    return outcomes;
  });
}
