import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { orderLines, orders, pools, type Platform } from '../../db/schema.ts';
import { getGroupById, listProducts, roundQty } from '../catalog/queries.ts';
import { emit } from '../events.ts';
import { cancelOrder } from '../orders/cancel-order.ts';
import { DomainError, PoolAlreadyOpenError } from '../errors.ts';
import { transitionOrder, type OrderRow } from '../orders/transition-order.ts';
import { rebalancePool } from './rebalance.ts';

export type PoolRow = typeof pools.$inferSelect;

/**
 * Opens a pool (đợt gom) with a deadline and minimum quantities per sku; one open pool per group (a second
 * one is refused with PoolAlreadyOpenError, naming the open one). Every target must name a product of the
 * group. `releaseOnTarget` (default true): the pool goes ahead as soon as every target is met, instead of
 * waiting for its deadline.
 */
export function openPool(
  db: Db,
  input: { groupId: number; name: string; deadline: Date; targets: Record<string, number>; chatPlatform?: Platform | null; chatId?: string | null; releaseOnTarget?: boolean },
  now: Date,
): PoolRow {
  if (input.deadline.getTime() <= now.getTime()) throw new DomainError('INVALID_INPUT', 'the deadline is in the past');
  const targets = Object.fromEntries(Object.entries(input.targets).map(([k, v]) => [k.toUpperCase(), v]));
  for (const [sku, qty] of Object.entries(targets)) if (!(qty > 0) || !Number.isFinite(qty)) throw new DomainError('INVALID_INPUT', `the minimum of ${sku} must be positive`);
  return tx(db, (t) => {
    const open = openPoolOf(t, input.groupId);
    if (open) throw new PoolAlreadyOpenError(open.name, open.deadline);
    const skus = new Set(listProducts(t, input.groupId).map((p) => p.sku));
    for (const sku of Object.keys(targets)) if (!skus.has(sku)) throw new DomainError('NOT_FOUND', `no product "${sku}"`);
    return t
      .insert(pools)
      .values({
        groupId: input.groupId,
        name: input.name,
        deadline: input.deadline.toISOString(),
        targets,
        chatPlatform: input.chatPlatform ?? null,
        chatId: input.chatId ?? null,
        releaseOnTarget: input.releaseOnTarget ?? true,
      })
      .returning()
      .get();
  });
}

/**
 * The targets no stock can reach: for each sku whose minimum is more than the households hold for sale,
 * the minimum and what is available. The pool can still open (stock may grow), but the admin is warned.
 */
export function unreachableTargets(db: Db, groupId: number, targets: Record<string, number>): { sku: string; name: string; unit: string; target: number; available: number }[] {
  const products = listProducts(db, groupId);
  return Object.entries(targets).flatMap(([sku, target]) => {
    const p = products.find((x) => x.sku === sku.toUpperCase());
    return p && p.available < target ? [{ sku: p.sku, name: p.name, unit: p.unit, target, available: p.available }] : [];
  });
}

/**
 * Which lines of an order wait for the pool and which are sold at once: a pool with targets holds only
 * the products it has targets for; a pool without targets holds every product (an open-ended group buy).
 */
export function splitForPool<L extends { sku: string }>(pool: Pick<PoolRow, 'targets'> | undefined, lines: L[]): { pooled: L[]; direct: L[] } {
  if (!pool) return { pooled: [], direct: lines };
  const skus = Object.keys(pool.targets);
  if (skus.length === 0) return { pooled: lines, direct: [] };
  const held = new Set(skus.map((s) => s.toUpperCase()));
  return { pooled: lines.filter((l) => held.has(l.sku.toUpperCase())), direct: lines.filter((l) => !held.has(l.sku.toUpperCase())) };
}

/** True when a pool has targets and every one of them is met by live orders. */
export function poolTargetsMet(db: Db, pool: PoolRow): boolean {
  if (Object.keys(pool.targets).length === 0) return false;
  return poolProgress(db, pool.id).every((p) => p.target === null || p.ordered >= p.target);
}

/** The group's open pool, if any. */
export function openPoolOf(db: Db, groupId: number): PoolRow | undefined {
  return openPoolOfGroup(db).get({ groupId });
}

const openPoolOfGroup = prepared((db) => db.select().from(pools).where(and(eq(pools.groupId, sql.placeholder('groupId')), eq(pools.status, 'open'))).prepare());

/** The still-waiting pool an order belongs to, if any: its payment waits until the targets are met (or the deadline). */
export function openPoolOfOrder(db: Db, order: { poolId: number | null }): PoolRow | undefined {
  if (order.poolId === null) return undefined;
  return db.select().from(pools).where(and(eq(pools.id, order.poolId), eq(pools.status, 'open'), isNull(pools.releasedAt))).get();
}

/** What releasing a pool did: orders now due for payment, and orders already paid in full, now `paid`. */
export interface PoolReleased {
  pool: PoolRow;
  orders: OrderRow[];
  paid: OrderRow[];
  /** True the first time the pool's targets were met. */
  first: boolean;
}

/**
 * Once every target of an open pool that releases on target is met, its orders no longer wait: each buyer
 * can pay now (those already paid in full become `paid`), and `pool.released` is emitted. The pool stays
 * open until its deadline, and its orders do not expire before then (an unpaid one falling away could take
 * the pool back under its target); their payment timeout starts when the pool closes, as before. Later
 * orders joining a released pool are released one by one (`orderIds`). Returns null when nothing was released.
 */
export function releasePool(db: Db, poolId: number, now: Date, orderIds?: number[]): PoolReleased | null {
  return tx(db, (t) => {
    const pool = t.select().from(pools).where(and(eq(pools.id, poolId), eq(pools.status, 'open'))).get();
    if (!pool || !pool.releaseOnTarget || !poolTargetsMet(t, pool)) return null;
    const first = !pool.releasedAt;
    if (!first && !orderIds?.length) return null;
    const live = t.select().from(orders).where(and(eq(orders.poolId, pool.id), eq(orders.status, 'awaiting_payment'))).all();
    const waiting = first ? live : live.filter((o) => orderIds!.includes(o.id));
    if (!first && waiting.length === 0) return null;
    const released = first ? t.update(pools).set({ releasedAt: now.toISOString() }).where(eq(pools.id, pool.id)).returning().get() : pool;
    const result: PoolReleased = { pool: released, orders: [], paid: [], first };
    for (const o of waiting) {
      if (o.paidAmount >= o.total) result.paid.push(transitionOrder(t, o.id, 'paid', `system:pool-met:${pool.id}`, now));
      else result.orders.push(o);
    }
    emit(t, { type: 'pool.released', pool: released, orders: result.orders, paid: result.paid, first }, now);
    return result;
  });
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
      // Re-read inside the transaction: another process may have closed it meanwhile.
      if (t.select({ status: pools.status }).from(pools).where(eq(pools.id, pool.id)).get()?.status !== 'open') return null;
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
  ).filter((r): r is PoolClosed => r !== null);
}

/** Closes the group's open pool now instead of at its deadline (an admin on the web), exactly as the deadline would. */
export function closePoolNow(t: Db, groupId: number, poolId: number, now: Date): void {
  const res = t.update(pools).set({ deadline: now.toISOString() }).where(and(eq(pools.id, poolId), eq(pools.groupId, groupId), eq(pools.status, 'open'))).run();
  if (res.changes !== 1) throw new DomainError('NOT_FOUND', 'no open pool');
  closeDuePools(t, now, (gid) => getGroupById(t, gid).paymentTimeoutMinutes);
}
