import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { orderLines, orders, pools, type Platform } from '../../db/schema.ts';
import { getGroupById, roundQty } from '../catalog/queries.ts';
import { emit } from '../events.ts';
import { cancelOrder } from '../orders/cancel-order.ts';
import { DomainError } from '../errors.ts';
import { transitionOrder, type OrderRow } from '../orders/transition-order.ts';
import { rebalancePool } from './rebalance.ts';

export type PoolRow = typeof pools.$inferSelect;

/** Opens a pool (đợt gom) with a deadline and minimum quantities per sku; one open pool per group. */
export function openPool(
  db: Db,
  input: { groupId: number; name: string; deadline: Date; targets: Record<string, number>; chatPlatform?: Platform | null; chatId?: string | null },
  now: Date,
): PoolRow {
  if (input.deadline.getTime() <= now.getTime()) throw new DomainError('INVALID_INPUT', 'the deadline is in the past');
  return tx(db, (t) => {
    if (openPoolOf(t, input.groupId)) throw new DomainError('CONFLICT', 'a pool is already open');
    return t
      .insert(pools)
      .values({
        groupId: input.groupId,
        name: input.name,
        deadline: input.deadline.toISOString(),
        targets: Object.fromEntries(Object.entries(input.targets).map(([k, v]) => [k.toUpperCase(), v])),
        chatPlatform: input.chatPlatform ?? null,
        chatId: input.chatId ?? null,
      })
      .returning()
      .get();
  });
}

/** The group's open pool, if any. */
export function openPoolOf(db: Db, groupId: number): PoolRow | undefined {
  return openPoolOfGroup(db).get({ groupId });
}

const openPoolOfGroup = prepared((db) => db.select().from(pools).where(and(eq(pools.groupId, sql.placeholder('groupId')), eq(pools.status, 'open'))).prepare());

/** The still-open pool an order belongs to, if any (its payment waits for the pool to close). */
export function openPoolOfOrder(db: Db, order: { poolId: number | null }): PoolRow | undefined {
  if (order.poolId === null) return undefined;
  return db.select().from(pools).where(and(eq(pools.id, order.poolId), eq(pools.status, 'open'))).get();
}

/** Quantity ordered per sku in a pool (live orders only) against its targets. */
export function poolProgress(db: Db, poolId: number): { sku: string; ordered: number; target: number | null }[] {
  const pool = db.select().from(pools).where(eq(pools.id, poolId)).get();
  if (!pool) throw new DomainError('NOT_FOUND', `no pool #${poolId}`);
  const rows = db
    .select({ sku: orderLines.sku, qty: orderLines.qty })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.poolId, poolId), inArray(orders.status, ['awaiting_payment', 'paid', 'ready', 'shipped', 'delivered'])))
    .all();
  const ordered = new Map<string, number>();
  for (const r of rows) ordered.set(r.sku, roundQty((ordered.get(r.sku) ?? 0) + r.qty));
  const skus = new Set([...Object.keys(pool.targets), ...ordered.keys()]);
  return [...skus].sort().map((sku) => ({ sku, ordered: ordered.get(sku) ?? 0, target: pool.targets[sku] ?? null }));
}

/** Moves an open pool's deadline (the admin extends it instead of letting it fail). */
export function extendPool(db: Db, poolId: number, deadline: Date, now: Date): PoolRow {
  if (deadline.getTime() <= now.getTime()) throw new DomainError('INVALID_INPUT', 'the new deadline is in the past');
  const p = db.update(pools).set({ deadline: deadline.toISOString() }).where(and(eq(pools.id, poolId), eq(pools.status, 'open'))).returning().get();
  if (!p) throw new DomainError('NOT_FOUND', 'no open pool');
  return p;
}

/** What closing a pool did. */
export interface PoolClosed {
  pool: PoolRow;
  met: boolean;
  /** Orders that go ahead (met) or were cancelled without charge (unmet). */
  orders: OrderRow[];
  /** Met: orders already paid in full while the pool was open, now `paid`. */
  paid: OrderRow[];
  /** Unmet: cancelled orders that had money on them, which must be refunded. */
  refunds: OrderRow[];
}

/**
 * Closes every open pool whose deadline has passed. Target met: its orders go ahead and start their
 * payment timeout (those already paid in full become `paid`). Not met: its orders are cancelled (stock
 * released) and any money already received is reported for refund. Each pool closes in its own
 * transaction, exactly once, whenever the scheduler first runs after the deadline; `onClosed` runs in
 * that same transaction so the messages it writes are committed with the change.
 */
export function closeDuePools(
  db: Db,
  now: Date,
  paymentTimeoutMinutes: (groupId: number) => number,
  onClosed: (t: Db, closed: PoolClosed) => void = () => {},
): PoolClosed[] {
  const due = db.select().from(pools).where(and(eq(pools.status, 'open'), lte(pools.deadline, now.toISOString()))).orderBy(asc(pools.id)).all();
  return due.map((pool) =>
    tx(db, (t) => {
      const progress = poolProgress(t, pool.id);
      const met = progress.every((p) => p.target === null || p.ordered >= p.target);
      const live = t.select().from(orders).where(and(eq(orders.poolId, pool.id), inArray(orders.status, ['awaiting_payment', 'paid']))).all();
      const at = now.toISOString();
      const closed = t.update(pools).set({ status: met ? 'met' : 'unmet', closedAt: at }).where(eq(pools.id, pool.id)).returning().get();
      const result: PoolClosed = { pool: closed, met, orders: [], paid: [], refunds: [] };
      if (met) rebalancePool(t, pool.id);
      for (const o of live) {
        if (met) {
          if (o.status === 'awaiting_payment' && o.paidAmount >= o.total) {
            result.paid.push(transitionOrder(t, o.id, 'paid', `system:pool-met:${pool.id}`, now));
          } else if (o.status === 'awaiting_payment') {
            const expiresAt = new Date(now.getTime() + paymentTimeoutMinutes(o.groupId) * 60_000).toISOString();
            result.orders.push(t.update(orders).set({ expiresAt, updatedAt: at }).where(eq(orders.id, o.id)).returning().get());
          }
        } else {
          const cancelled = cancelOrder(t, o.id, { by: 'pool', actor: `system:pool-unmet:${pool.id}`, reason: `pool "${pool.name}" did not reach its target`, pool: closed }, now);
          result.orders.push(cancelled);
          if (cancelled.paidAmount > 0) result.refunds.push(cancelled);
        }
      }
      emit(t, { type: 'pool.closed', pool: closed, met, orders: result.orders, paid: result.paid }, now);
      onClosed(t, result);
      return result;
    }),
  );
}

/** Closes the group's open pool now instead of at its deadline (an admin on the web), exactly as the deadline would. */
export function closePoolNow(t: Db, groupId: number, poolId: number, now: Date): void {
  const res = t.update(pools).set({ deadline: now.toISOString() }).where(and(eq(pools.id, poolId), eq(pools.groupId, groupId), eq(pools.status, 'open'))).run();
  if (res.changes !== 1) throw new DomainError('NOT_FOUND', 'no open pool');
  closeDuePools(t, now, (gid) => getGroupById(t, gid).paymentTimeoutMinutes);
}
