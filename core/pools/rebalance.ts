import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { allocations, orderLines, orders, pools, stock } from '../../db/schema.ts';
import { roundQty } from '../catalog/queries.ts';
import { allocate, allocatePreferring } from '../orders/allocate.ts';
import { reachableHouseholds } from '../households/reach.ts';
import { isDivisibleUnit } from '../catalog/units.ts';

/**
 * When a pool goes ahead, its orders were allocated one by one as they came (fewest households each),
 * which piles a big order on the largest holders. This re-splits each product's pool total fairly
 * across every household with stock (equal shares capped by what each holds), then hands those shares
 * back to the orders' lines. Shares already marked ready are left alone. Runs inside the closing
 * transaction.
 */
export function rebalancePool(t: Db, poolId: number): void {
  const rows = t
    .select({ line: orderLines, alloc: allocations })
    .from(allocations)
    .innerJoin(orderLines, eq(orderLines.id, allocations.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.poolId, poolId), eq(orders.status, 'awaiting_payment'), inArray(allocations.status, ['pending', 'notified'])))
    .all();
  const groupId = t.select({ g: pools.groupId }).from(pools).where(eq(pools.id, poolId)).get()?.g;
  const reachable = groupId === undefined ? new Set<number>() : reachableHouseholds(t, groupId);
  const byProduct = new Map<number, typeof rows>();
  for (const r of rows) byProduct.set(r.line.productId, [...(byProduct.get(r.line.productId) ?? []), r]);
  for (const [productId, group] of byProduct) {
    // Give the pool's reservations back, then take the fair split of the total.
    for (const r of group) {
      t.update(stock).set({ qty: sql`round(${stock.qty} + ${r.alloc.qty}, 3)` }).where(and(eq(stock.householdId, r.alloc.householdId), eq(stock.productId, productId))).run();
      t.delete(allocations).where(eq(allocations.id, r.alloc.id)).run();
    }
    const perLine = new Map<number, number>();
    for (const r of group) perLine.set(r.line.id, roundQty((perLine.get(r.line.id) ?? 0) + r.alloc.qty));
    const total = roundQty([...perLine.values()].reduce((a, b) => a + b, 0));
    const stocks = () => t.select({ householdId: stock.householdId, qty: stock.qty }).from(stock).where(eq(stock.productId, productId)).all();
    const unit = group[0]!.line.unit;
    const fractional = isDivisibleUnit(unit);
    // The fair split is among households that can be told; the others share only what those cannot cover.
    const quotas = allocatePreferring(total, stocks(), reachable, 'all', fractional) ?? [];
    // Largest lines first, each from the fewest households' remaining quotas; should the quotas not
    // fit a line, it is taken from whatever stock is left, fewest households first, as at placement.
    for (const [lineId, qty] of [...perLine].sort((a, b) => b[1] - a[1])) {
      const split =
        allocate(qty, quotas.map((q) => ({ householdId: q.householdId, qty: q.qty })), 'fewest', fractional) ?? allocate(qty, stocks(), 'fewest', fractional);
      if (!split) throw new Error(`pool ${poolId}: the stock released for line ${lineId} is gone`);
      for (const a of split) {
        const q = quotas.find((x) => x.householdId === a.householdId);
        if (q) q.qty = roundQty(Math.max(0, q.qty - a.qty));
        t.update(stock).set({ qty: sql`round(${stock.qty} - ${a.qty}, 3)` }).where(and(eq(stock.householdId, a.householdId), eq(stock.productId, productId))).run();
        t.insert(allocations).values({ orderLineId: lineId, householdId: a.householdId, qty: a.qty }).run();
      }
    }
  }
}
