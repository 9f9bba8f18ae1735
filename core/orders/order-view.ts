import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { prepared, type Db } from '../../db/index.ts';
import { allocations, groups, households, identities, orderLines, orders, products, type OrderStatus, type Platform } from '../../db/schema.ts';
import { buildVietQr } from '../payments/vietqr.ts';
import { getOrder, type OrderRow } from './transition-order.ts';

/** The public shape of an order (CONTRACT.md section 3); fields may grow, never shrink. */
export interface OrderView {
  code: string;
  group: string;
  status: OrderStatus;
  customer: { platform: string; userId: string; name: string | null; phone: string | null };
  note: string | null;
  /** Who receives the order and where (asked at checkout); `pickup` when it is collected at the village. */
  delivery: { receiver: string | null; phone: string | null; address: string | null; pickup: boolean };
  items: {
    sku: string;
    name: string;
    unit: string;
    qty: number;
    unitPrice: number;
    lineTotal: number;
    allocations: { household: string; qty: number; status: string }[];
  }[];
  total: number;
  /** `claimedAt`: when the customer said they paid, while no confirmer has answered (else null). */
  payment: { status: string; paidAmount: number; due: number; vietqr: string; claimedAt: string | null };
  pool: number | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The VietQR payload that pays what is still due on an order (the whole total if nothing is paid). */
export function orderVietQr(group: { bankBin: string; bankAccount: string }, code: string, due: number): string {
  return buildVietQr({ bin: group.bankBin, account: group.bankAccount, amount: due > 0 ? due : undefined, memo: code });
}

/** Builds the public views of these orders with a fixed number of queries. */
export function viewOrders(db: Db, rows: OrderRow[]): OrderView[] {
  if (rows.length === 0) return [];
  const ids = rows.map((o) => o.id);
  const lines = db.select().from(orderLines).where(inArray(orderLines.orderId, ids)).all();
  const allocs = lines.length
    ? db
        .select({ a: allocations, key: households.key })
        .from(allocations)
        .innerJoin(households, eq(households.id, allocations.householdId))
        .where(inArray(allocations.orderLineId, lines.map((l) => l.id)))
        .all()
    : [];
  const linesOf = groupBy(lines, (l) => l.orderId);
  const allocsOf = groupBy(allocs, (x) => x.a.orderLineId);
  const gs = new Map(db.select().from(groups).all().map((g) => [g.id, g]));
  const idents = new Map(
    db.select().from(identities).where(inArray(identities.id, rows.map((o) => o.identityId))).all().map((i) => [i.id, i]),
  );
  return rows.map((o) => {
    const g = gs.get(o.groupId)!;
    const ident = idents.get(o.identityId);
    const due = Math.max(0, o.total - o.paidAmount);
    return {
      code: o.code,
      group: g.slug,
      status: o.status,
      customer: { platform: ident?.platform ?? o.chatPlatform, userId: ident?.platformUserId ?? '', name: o.customerName, phone: o.phone },
      note: o.note,
      delivery: { receiver: o.receiverName, phone: o.phone, address: o.deliveryAddress, pickup: o.pickup },
      items: (linesOf.get(o.id) ?? []).map((l) => ({
        sku: l.sku,
        name: l.name,
        unit: l.unit,
        qty: l.qty,
        unitPrice: l.unitPrice,
        lineTotal: l.lineTotal,
        allocations: (allocsOf.get(l.id) ?? []).map((x) => ({ household: x.key, qty: x.a.qty, status: x.a.status })),
      })),
      total: o.total,
      payment: { status: o.paymentStatus, paidAmount: o.paidAmount, due, vietqr: orderVietQr(g, o.code, due), claimedAt: o.status === 'awaiting_payment' ? o.paymentClaimedAt : null },
      pool: o.poolId,
      expiresAt: o.expiresAt,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
    };
  });
}

function groupBy<T>(xs: T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The public view of one order by code, or NOT_FOUND. */
export function viewOrder(db: Db, code: string): OrderView {
  return viewOrders(db, [getOrder(db, code)])[0]!;
}

/** Orders of a group (or all), newest first, optionally by status, and only those older than `beforeId`. */
export function listOrders(db: Db, filter: { groupId?: number; status?: OrderStatus; personId?: number; limit?: number; beforeId?: number }): OrderRow[] {
  const conds = [];
  if (filter.beforeId !== undefined) conds.push(lt(orders.id, filter.beforeId));
  if (filter.groupId !== undefined) conds.push(eq(orders.groupId, filter.groupId));
  if (filter.status) conds.push(eq(orders.status, filter.status));
  if (filter.personId !== undefined) conds.push(eq(orders.personId, filter.personId));
  return db
    .select()
    .from(orders)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(orders.id))
    .limit(filter.limit ?? 500)
    .all();
}

/** How many of the group's orders are in each status. */
export function countOrdersByStatus(db: Db, groupId: number): Map<OrderStatus, number> {
  const rows = db.select({ status: orders.status, n: sql<number>`count(*)` }).from(orders).where(eq(orders.groupId, groupId)).groupBy(orders.status).all();
  return new Map(rows.map((x) => [x.status, x.n]));
}

/** The lines of an order (sku, quantity, name), in the order they were written. */
export function orderLinesOf(db: Db, orderId: number): { sku: string; qty: number; name: string; unit: string }[] {
  return db.select({ sku: orderLines.sku, qty: orderLines.qty, name: orderLines.name, unit: orderLines.unit }).from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(orderLines.id).all();
}

/** The lines of the live orders placed from one chat since a time, oldest first (a group chat's tally). */
export function chatOrderLines(db: Db, q: { groupId: number; platform: Platform; chatId: string; since: string }): { orderId: number; name: string | null; personId: number; sku: string; qty: number }[] {
  return db
    .select({ orderId: orders.id, name: orders.customerName, personId: orders.personId, sku: orderLines.sku, qty: orderLines.qty })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(
      and(
        eq(orders.groupId, q.groupId),
        eq(orders.chatPlatform, q.platform),
        eq(orders.chatId, q.chatId),
        gte(orders.createdAt, q.since),
        inArray(orders.status, ['awaiting_payment', 'paid', 'ready', 'shipped', 'delivered']),
      ),
    )
    .orderBy(orders.id)
    .all();
}

/** An order's lines with their prices, for showing the order to its customer. */
export function orderLinePrices(db: Db, orderId: number): { name: string; unit: string; qty: number; unitPrice: number; lineTotal: number }[] {
  return db
    .select({ name: orderLines.name, unit: orderLines.unit, qty: orderLines.qty, unitPrice: orderLines.unitPrice, lineTotal: orderLines.lineTotal })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(orderLines.id)
    .all();
}

/** An order's lines with what naming them needs: the frozen name, and the product's English and short names and aliases. */
export function orderLinesWithNames(
  db: Db,
  orderId: number,
): { sku: string; name: string; unit: string; qty: number; unitPrice: number; lineTotal: number; nameEn: string | null; shortName: string | null; aliases: string[] }[] {
  return linesWithNames(db).all({ orderId });
}

// Shown with every order a customer or admin looks at: built once per connection.
const linesWithNames = prepared((db) =>
  db
    .select({
      sku: orderLines.sku,
      name: orderLines.name,
      unit: orderLines.unit,
      qty: orderLines.qty,
      unitPrice: orderLines.unitPrice,
      lineTotal: orderLines.lineTotal,
      nameEn: products.nameEn,
      shortName: products.shortName,
      aliases: products.aliases,
    })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, sql.placeholder('orderId')))
    .orderBy(orderLines.id)
    .prepare(),
);
