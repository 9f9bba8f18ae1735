import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { allocations, households, orderEvents, orderLines, orders, products, stock } from '../../db/schema.ts';
import { reservedStock, roundQty } from '../catalog/queries.ts';
import { DomainError } from '../errors.ts';
import { allocate } from '../orders/allocate.ts';
import { getOrderById, transitionOrder, type OrderRow } from '../orders/transition-order.ts';

export type AllocationRow = typeof allocations.$inferSelect;

/** One household's share of an order line, with what the household needs to know. */
export interface HouseholdShare {
  allocationId: number;
  householdId: number;
  sku: string;
  name: string;
  unit: string;
  qty: number;
  status: AllocationRow['status'];
}

/** The shares of an order, per household (a household sees only its own). */
export function sharesOfOrder(db: Db, orderId: number, householdId?: number): HouseholdShare[] {
  const rows = db
    .select({ a: allocations, l: orderLines })
    .from(allocations)
    .innerJoin(orderLines, eq(orderLines.id, allocations.orderLineId))
    .where(eq(orderLines.orderId, orderId))
    .all();
  return rows
    .filter((r) => householdId === undefined || r.a.householdId === householdId)
    .map((r) => ({ allocationId: r.a.id, householdId: r.a.householdId, sku: r.l.sku, name: r.l.name, unit: r.l.unit, qty: r.a.qty, status: r.a.status }));
}

/** Marks the household's shares of an order notified (it has been told to prepare them). */
export function markNotified(db: Db, orderId: number, householdId: number, now: Date): void {
  const ids = sharesOfOrder(db, orderId, householdId).filter((s) => s.status === 'pending').map((s) => s.allocationId);
  if (ids.length) db.update(allocations).set({ status: 'notified', updatedAt: now.toISOString() }).where(inArray(allocations.id, ids)).run();
}

/**
 * A household says its shares of an order are ready. When every share of the order is ready the
 * order becomes `ready`; returns the order after the change.
 */
export function markReady(db: Db, orderId: number, householdId: number, actor: string, now: Date): { order: OrderRow; orderReady: boolean } {
  return tx(db, (t) => {
    const order = getOrderById(t, orderId);
    if (order.status !== 'paid') throw new DomainError('CONFLICT', `order ${order.code} is ${order.status}`);
    const mine = sharesOfOrder(t, orderId, householdId).filter((s) => s.status !== 'cannot_supply');
    if (mine.length === 0) throw new DomainError('NOT_FOUND', `no share of ${order.code} for this household`);
    t.update(allocations)
      .set({ status: 'ready', updatedAt: now.toISOString() })
      .where(inArray(allocations.id, mine.map((s) => s.allocationId)))
      .run();
    const open = sharesOfOrder(t, orderId).filter((s) => s.status !== 'ready' && s.status !== 'cannot_supply');
    // A line some household could not supply, and nobody took over, keeps the order from being ready.
    if (open.length === 0 && shortLines(t, orderId).length === 0) return { order: transitionOrder(t, orderId, 'ready', actor, now), orderReady: true };
    return { order: getOrderById(t, orderId), orderReady: false };
  });
}

/** Lines of an order whose live shares (not "cannot supply") add up to less than the line: goods missing. */
export function shortLines(db: Db, orderId: number): { sku: string; missing: number }[] {
  const lines = db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).all();
  const shares = sharesOfOrder(db, orderId);
  return lines
    .map((l) => {
      const covered = shares.filter((s) => s.sku === l.sku && s.status !== 'cannot_supply').reduce((a, s) => a + s.qty, 0);
      return { sku: l.sku, missing: roundQty(l.qty - covered) };
    })
    .filter((x) => x.missing > 0);
}

/** What a "cannot supply" did: which households took the share over, and what nobody could cover. */
export interface Reallocation {
  moved: { householdId: number; sku: string; qty: number; allocationId: number }[];
  uncovered: { sku: string; qty: number }[];
}

/**
 * A household cannot supply its shares of an order: its stock of those products is set to zero
 * (it has none), and each share is re-allocated to other households with stock, fewest first.
 * What nobody can cover is reported so the admin can be alerted.
 */
export function cannotSupply(db: Db, orderId: number, householdId: number, actor: string, now: Date): Reallocation {
  return tx(db, (t) => {
    const order = getOrderById(t, orderId);
    if (!['awaiting_payment', 'paid'].includes(order.status)) throw new DomainError('CONFLICT', `order ${order.code} is ${order.status}`);
    const mine = sharesOfOrder(t, orderId, householdId).filter((s) => s.status !== 'cannot_supply' && s.status !== 'ready');
    if (mine.length === 0) throw new DomainError('NOT_FOUND', `no open share of ${order.code} for this household`);
    const result: Reallocation = { moved: [], uncovered: [] };
    const at = now.toISOString();
    for (const s of mine) {
      const line = t.select().from(orderLines).innerJoin(allocations, eq(allocations.orderLineId, orderLines.id)).where(eq(allocations.id, s.allocationId)).get()!;
      const productId = line.order_lines.productId;
      t.update(allocations).set({ status: 'cannot_supply', updatedAt: at }).where(eq(allocations.id, s.allocationId)).run();
      t.update(stock).set({ qty: 0 }).where(and(eq(stock.householdId, householdId), eq(stock.productId, productId))).run();
      const others = t.select().from(stock).where(and(eq(stock.productId, productId), ne(stock.householdId, householdId))).all();
      const split = allocate(s.qty, others);
      if (!split) {
        result.uncovered.push({ sku: s.sku, qty: s.qty });
        continue;
      }
      for (const a of split) {
        t.update(stock)
          .set({ qty: sql`round(${stock.qty} - ${a.qty}, 3)` })
          .where(and(eq(stock.householdId, a.householdId), eq(stock.productId, productId)))
          .run();
        const id = t
          .insert(allocations)
          .values({ orderLineId: line.order_lines.id, householdId: a.householdId, qty: a.qty, updatedAt: at })
          .returning({ id: allocations.id })
          .get().id;
        result.moved.push({ householdId: a.householdId, sku: s.sku, qty: a.qty, allocationId: id });
      }
    }
    t.insert(orderEvents)
      .values({ orderId, type: 'cannot_supply', actor, note: JSON.stringify(result), at })
      .run();
    return result;
  });
}

/**
 * An admin overrides how a line is split (`/chia CODE SKU ho-lan 5 ho-minh 3`): the shares must sum to
 * the line's quantity and fit each household's stock (counting what this line already holds there).
 */
export function overrideAllocation(db: Db, orderId: number, sku: string, shares: { key: string; qty: number }[], actor: string, now: Date): void {
  tx(db, (t) => {
    const order = getOrderById(t, orderId);
    if (!['awaiting_payment', 'paid'].includes(order.status)) throw new DomainError('CONFLICT', `order ${order.code} is ${order.status}`);
    const line = t.select().from(orderLines).where(and(eq(orderLines.orderId, orderId), eq(orderLines.sku, sku.toUpperCase()))).get();
    if (!line) throw new DomainError('NOT_FOUND', `order ${order.code} has no ${sku}`);
    const total = roundQty(shares.reduce((s, x) => s + x.qty, 0));
    if (total !== line.qty) throw new DomainError('INVALID_INPUT', `the shares add up to ${total}, the line has ${line.qty}`);
    const current = t.select().from(allocations).where(and(eq(allocations.orderLineId, line.id), ne(allocations.status, 'cannot_supply'))).all();
    // Give back what the line holds, then take the new shares, checking each household's stock.
    for (const a of current) {
      t.update(stock).set({ qty: sql`round(${stock.qty} + ${a.qty}, 3)` }).where(and(eq(stock.householdId, a.householdId), eq(stock.productId, line.productId))).run();
      t.delete(allocations).where(eq(allocations.id, a.id)).run();
    }
    for (const s of shares) {
      const h = t.select().from(households).where(and(eq(households.groupId, order.groupId), eq(households.key, s.key))).get();
      if (!h) throw new DomainError('NOT_FOUND', `no household "${s.key}"`);
      const res = t
        .update(stock)
        .set({ qty: sql`round(${stock.qty} - ${s.qty}, 3)` })
        .where(and(eq(stock.householdId, h.id), eq(stock.productId, line.productId), sql`${stock.qty} >= ${s.qty} - 1e-9`))
        .run();
      if (res.changes !== 1) throw new DomainError('OUT_OF_STOCK', `${s.key} does not have ${s.qty} of ${line.sku}`);
      t.insert(allocations).values({ orderLineId: line.id, householdId: h.id, qty: s.qty, updatedAt: now.toISOString() }).run();
    }
    t.insert(orderEvents).values({ orderId, type: 'allocation_override', actor, note: JSON.stringify({ sku: line.sku, shares }), at: now.toISOString() }).run();
  });
}

/**
 * A household says how many units of a product it holds (`kho KL-XANH 20`): what is for sale becomes
 * that count less what it has already promised to live orders.
 */
export function setStock(db: Db, groupId: number, householdId: number, sku: string, held: number): { name: string; unit: string; forSale: number; reserved: number } {
  if (!(held >= 0) || !Number.isFinite(held)) throw new DomainError('INVALID_INPUT', 'stock must be zero or more');
  const p = db.select().from(products).where(and(eq(products.groupId, groupId), eq(products.sku, sku.toUpperCase()))).get();
  if (!p) throw new DomainError('NOT_FOUND', `no product "${sku}"`);
  const reserved = reservedStock(db, p.id).get(householdId) ?? 0;
  const forSale = roundQty(Math.max(0, held - reserved));
  db.insert(stock)
    .values({ householdId, productId: p.id, qty: forSale })
    .onConflictDoUpdate({ target: [stock.householdId, stock.productId], set: { qty: forSale } })
    .run();
  return { name: p.name, unit: p.unit, forSale, reserved };
}

/** Orders of a group with an open share for this household, newest first. */
export function openSharesOfHousehold(db: Db, householdId: number): { order: OrderRow; shares: HouseholdShare[] }[] {
  const ids = db
    .selectDistinct({ id: orderLines.orderId })
    .from(allocations)
    .innerJoin(orderLines, eq(orderLines.id, allocations.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(allocations.householdId, householdId), inArray(orders.status, ['paid'])))
    .all();
  return ids.map(({ id }) => ({ order: getOrderById(db, id), shares: sharesOfOrder(db, id, householdId) }));
}

/** Records when an order's households were first told what to prepare. */
export function markHouseholdsNotified(db: Db, orderId: number, now: Date): void {
  db.update(orders).set({ householdsNotifiedAt: now.toISOString() }).where(and(eq(orders.id, orderId), isNull(orders.householdsNotifiedAt))).run();
}
