import { and, eq, gte, sql } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { allocations, orderEvents, orderLines, orders, products, stock, type Platform } from '../../db/schema.ts';
import { getGroupById, roundQty } from '../catalog/queries.ts';
import { DomainError, LimitReachedError, OutOfStockError, WholeUnitsError } from '../errors.ts';
import { isOrderableQty } from '../catalog/units.ts';
import { allocatePreferring } from './allocate.ts';
import { reachableHouseholds } from '../households/reach.ts';
import { newOrderCode } from './order-code.ts';
import { emit } from '../events.ts';
import { getOrderById } from './transition-order.ts';

/** What a customer orders: lines by sku, who they are and the chat they ordered from. */
export interface PlaceOrderInput {
  groupId: number;
  personId: number;
  identityId: number;
  customerName?: string | null;
  phone?: string | null;
  /** The customer's own words, kept for the admin (an address, a delivery wish …). */
  note?: string | null;
  lines: { sku: string; qty: number }[];
  chatPlatform: Platform;
  chatId: string;
  poolId?: number | null;
  actor: string;
  /**
   * A shorter hold than the group's payment timeout, for an order its customer has not confirmed yet (one
   * line in a group chat): it expires then unless kept (`keepOrder`). Its placement message is its reminder.
   */
  holdMinutes?: number;
}

/** The placed order's identifiers. */
export interface PlacedOrder {
  id: number;
  code: string;
  total: number;
}

/**
 * Refuses an order that would let one customer hoard: more unpaid orders than the group allows, or more
 * units of one product held in unpaid orders (pool orders, which wait for a deadline, do not count toward
 * the per-product cap: a hotel's 200 scarves are what a pool is for).
 */
function checkHoardingLimits(t: Db, group: { id: number; maxUnpaidOrders: number; maxUnitsPerProduct: number }, personId: number, lines: Map<string, number>, inPool: boolean): void {
  const unpaid = t.$client
    .prepare("select count(*) n from orders where group_id = ? and person_id = ? and status = 'awaiting_payment'")
    .get(group.id, personId) as { n: number };
  if (unpaid.n >= group.maxUnpaidOrders) throw new LimitReachedError('unpaid_orders', group.maxUnpaidOrders);
  if (inPool) return;
  const held = new Map(
    (t.$client
      .prepare(
        "select l.sku, sum(l.qty) q from order_lines l join orders o on o.id = l.order_id where o.group_id = ? and o.person_id = ? and o.status = 'awaiting_payment' and o.pool_id is null group by l.sku",
      )
      .all(group.id, personId) as { sku: string; q: number }[]).map((r) => [r.sku, r.q]),
  );
  for (const [sku, qty] of lines) {
    if ((held.get(sku) ?? 0) + qty > group.maxUnitsPerProduct + 1e-9) throw new LimitReachedError('units_per_product', group.maxUnitsPerProduct, sku);
  }
}

/**
 * Places an order in one IMMEDIATE transaction: checks and reserves stock household by household,
 * freezes unit prices, writes the lines and their allocations. Throws OutOfStockError (nothing
 * written) when any line cannot be covered, so the last scarf is never sold twice.
 */
export function placeOrder(db: Db, input: PlaceOrderInput, now: Date): PlacedOrder {
  const merged = new Map<string, number>();
  for (const l of input.lines) {
    const sku = l.sku.toUpperCase();
    if (!(l.qty > 0) || !Number.isFinite(l.qty)) throw new DomainError('INVALID_INPUT', `quantity of ${sku} must be positive`);
    merged.set(sku, roundQty((merged.get(sku) ?? 0) + l.qty));
  }
  if (merged.size === 0) throw new DomainError('EMPTY_CART', 'the order has no lines');

  return tx(db, (t) => {
    const group = getGroupById(t, input.groupId);
    checkHoardingLimits(t, group, input.personId, merged, !!input.poolId);
    const at = now.toISOString();
    // Work goes first to households that can be told (a member in chat); others only for stock only they hold.
    const reachable = reachableHouseholds(t, group.id);
    const planned = [...merged].map(([sku, qty]) => {
      const product = activeProduct(t).get({ groupId: group.id, sku });
      if (!product) throw new DomainError('NOT_FOUND', `no product "${sku}"`);
      if (!isOrderableQty(qty, product.unit)) throw new WholeUnitsError(product.sku, product.name, product.unit);
      const stocks = stockOfProduct(t).all({ productId: product.id });
      const split = allocatePreferring(qty, stocks, reachable);
      if (!split) throw new OutOfStockError(sku, qty, roundQty(stocks.reduce((s, x) => s + x.qty, 0)));
      return { product, qty, split, lineTotal: Math.round(product.price * qty) };
    });

    for (const p of planned) {
      for (const a of p.split) {
        // The guard `qty >= wanted` makes the reservation safe even if two writers raced past the check.
        const res = reserveStock(t).run({ householdId: a.householdId, productId: p.product.id, qty: a.qty, atLeast: a.qty - 1e-9 });
        if (res.changes !== 1) throw new OutOfStockError(p.product.sku, p.qty, 0);
      }
    }

    const total = planned.reduce((s, p) => s + p.lineTotal, 0);
    let code = newOrderCode(group.codePrefix);
    while (orderWithCode(t).get({ code })) code = newOrderCode(group.codePrefix);
    const holdMinutes = Math.min(group.paymentTimeoutMinutes, input.holdMinutes ?? group.paymentTimeoutMinutes);
    const expiresAt = input.poolId ? null : new Date(now.getTime() + holdMinutes * 60_000).toISOString();
    const held = !input.poolId && holdMinutes < group.paymentTimeoutMinutes;
    const order = insertOrder(t).get({
      code,
      groupId: group.id,
      personId: input.personId,
      identityId: input.identityId,
      customerName: input.customerName ?? null,
      phone: input.phone ?? null,
      note: input.note ? input.note.slice(0, 1000) : null,
      total,
      poolId: input.poolId ?? null,
      chatPlatform: input.chatPlatform,
      chatId: input.chatId,
      expiresAt,
      // A short hold gets no reminder before it lapses.
      remindedAt: held ? at : null,
      at,
    })!;
    for (const p of planned) {
      const line = insertLine(t).get({
        orderId: order.id,
        productId: p.product.id,
        sku: p.product.sku,
        name: p.product.name,
        unit: p.product.unit,
        qty: p.qty,
        unitPrice: p.product.price,
        lineTotal: p.lineTotal,
      })!;
      for (const a of p.split) insertAllocation(t).run({ orderLineId: line.id, householdId: a.householdId, qty: a.qty });
    }
    insertPlacedEvent(t).run({ orderId: order.id, actor: input.actor, at });
    emit(t, { type: 'order.placed', order: getOrderById(t, order.id) }, now);
    return { id: order.id, code, total };
  });
}

/**
 * The customer keeps an order placed on a short hold: it now expires at the group's full payment timeout
 * from when it was placed (and gets the usual reminder). Returns the new deadline, or null when there was
 * nothing to extend (already kept, paid, in a pool, or not a held order).
 */
export function keepOrder(db: Db, orderId: number, now: Date): string | null {
  return tx(db, (t) => {
    const o = orderById(t).get({ id: orderId });
    if (!o || o.status !== 'awaiting_payment' || !o.expiresAt || o.poolId) return null;
    const group = getGroupById(t, o.groupId);
    const full = new Date(Date.parse(o.createdAt) + group.paymentTimeoutMinutes * 60_000).toISOString();
    if (o.expiresAt >= full || o.expiresAt <= now.toISOString()) return null;
    extendExpiry(t).run({ id: o.id, expiresAt: full, at: now.toISOString() });
    return full;
  });
}

// Placing an order is the busiest write (a flash sale is thousands of them a minute): its queries are built once.
const p = sql.placeholder;
// keepOrder runs on every payment claim.
const orderById = prepared((db) => db.select().from(orders).where(eq(orders.id, p('id'))).prepare());
const extendExpiry = prepared((db) =>
  db
    .update(orders)
    .set({ expiresAt: sql`${p('expiresAt')}`, remindedAt: null, updatedAt: sql`${p('at')}` })
    .where(eq(orders.id, p('id')))
    .prepare(),
);
const activeProduct = prepared((db) =>
  db
    .select()
    .from(products)
    .where(and(eq(products.groupId, p('groupId')), eq(products.sku, p('sku')), eq(products.active, true)))
    .prepare(),
);
const stockOfProduct = prepared((db) => db.select().from(stock).where(eq(stock.productId, p('productId'))).prepare());
const reserveStock = prepared((db) =>
  db
    .update(stock)
    .set({ qty: sql`round(${stock.qty} - ${p('qty')}, 3)` })
    .where(and(eq(stock.householdId, p('householdId')), eq(stock.productId, p('productId')), gte(stock.qty, p('atLeast'))))
    .prepare(),
);
const orderWithCode = prepared((db) => db.select({ id: orders.id }).from(orders).where(eq(orders.code, p('code'))).prepare());
const insertOrder = prepared((db) =>
  db
    .insert(orders)
    .values({
      code: p('code'),
      groupId: p('groupId'),
      personId: p('personId'),
      identityId: p('identityId'),
      customerName: p('customerName'),
      phone: p('phone'),
      note: p('note'),
      total: p('total'),
      poolId: p('poolId'),
      chatPlatform: p('chatPlatform'),
      chatId: p('chatId'),
      expiresAt: p('expiresAt'),
      remindedAt: p('remindedAt'),
      createdAt: p('at'),
      updatedAt: p('at'),
    })
    .returning({ id: orders.id })
    .prepare(),
);
const insertLine = prepared((db) =>
  db
    .insert(orderLines)
    .values({
      orderId: p('orderId'),
      productId: p('productId'),
      sku: p('sku'),
      name: p('name'),
      unit: p('unit'),
      qty: p('qty'),
      unitPrice: p('unitPrice'),
      lineTotal: p('lineTotal'),
    })
    .returning({ id: orderLines.id })
    .prepare(),
);
const insertAllocation = prepared((db) =>
  db.insert(allocations).values({ orderLineId: p('orderLineId'), householdId: p('householdId'), qty: p('qty') }).prepare(),
);
const insertPlacedEvent = prepared((db) =>
  db.insert(orderEvents).values({ orderId: p('orderId'), type: 'placed', toStatus: 'awaiting_payment', actor: p('actor'), at: p('at') }).prepare(),
);
