import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { prepared, tablesVersion, type Db } from '../../db/index.ts';
import { allocations, groups, households, orderLines, orders, products, stock } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import type { CatalogProduct } from './types.ts';

export type Group = typeof groups.$inferSelect;
export type Product = typeof products.$inferSelect;
export type Household = typeof households.$inferSelect;

/** The group with this slug; NOT_FOUND otherwise. */
export function getGroup(db: Db, slug: string): Group {
  const kept = groupCache(db);
  let g = kept.bySlug.get(slug);
  if (!g) {
    g = groupBySlug(db).get({ slug });
    if (!g) throw new DomainError('NOT_FOUND', `no group "${slug}"`);
    kept.bySlug.set(slug, g);
  }
  return { ...g };
}

/** The group with this id; NOT_FOUND otherwise. */
export function getGroupById(db: Db, id: number): Group {
  const g = keptGroupById(db, id);
  if (!g) throw new DomainError('NOT_FOUND', `no group #${id}`);
  return { ...g };
}

/** The kept row of the group with this id (not a copy: read it, never change it), if there is one. */
function keptGroupById(db: Db, id: number): Group | undefined {
  const kept = groupCache(db);
  let g = kept.byId.get(id);
  if (!g) {
    g = groupById(db).get({ id });
    if (g) kept.byId.set(id, g);
  }
  return g;
}

/** The first group created: the default shop for chats that do not name one. */
export function firstGroup(db: Db): Group | undefined {
  const kept = groupCache(db);
  if (kept.first === undefined) kept.first = firstGroupQuery(db).get() ?? null;
  return kept.first ? { ...kept.first } : undefined;
}

/**
 * Groups are read on every chat turn and written almost never (an import, an admin's settings), so
 * each connection keeps the rows it has read until the groups table is written (tablesVersion); callers
 * get copies, free to change.
 */
interface KeptGroups {
  version: string;
  bySlug: Map<string, Group>;
  byId: Map<number, Group>;
  first: Group | null | undefined;
}
const keptGroups = new WeakMap<object, KeptGroups>();

function groupCache(db: Db): KeptGroups {
  const version = tablesVersion(db, ['groups']);
  let kept = keptGroups.get(db.$client);
  if (!kept || kept.version !== version) keptGroups.set(db.$client, (kept = { version, bySlug: new Map(), byId: new Map(), first: undefined }));
  return kept;
}

const groupBySlug = prepared((db) => db.select().from(groups).where(eq(groups.slug, sql.placeholder('slug'))).prepare());
const groupById = prepared((db) => db.select().from(groups).where(eq(groups.id, sql.placeholder('id'))).prepare());
// By its id (the smallest), found in the rowid's b-tree: `order by id limit 1` cost SQLite three times as much.
const firstGroupQuery = prepared((db) =>
  db
    .select()
    .from(groups)
    .where(eq(groups.id, sql`(select min(${groups.id}) from ${groups})`))
    .prepare(),
);

/** Every group, oldest first. */
export function listGroups(db: Db): Group[] {
  return db.select().from(groups).orderBy(asc(groups.id)).all();
}

/** A product with the units available across all households. */
export interface ProductWithStock extends Product {
  available: number;
}

/**
 * The group's active products in catalog order, with available stock. The rows are shared between calls
 * while neither the catalog nor the stock changed (both are kept, see below): a chat turn asks for them
 * several times, and copying every product on every call was a visible share of a turn. They are frozen,
 * so that no caller changes what the next one reads; the array is the caller's own.
 */
export function listProducts(db: Db, groupId: number): ProductWithStock[] {
  const available = availableStock(db, groupId);
  const rows = activeProducts(db, groupId);
  let merged = withStock.get(rows);
  if (!merged || merged.available !== available) {
    merged = { available, products: rows.map((p) => Object.freeze({ ...p, available: roundQty(available.get(p.id) ?? 0) })) };
    withStock.set(rows, merged);
  }
  return merged.products.slice();
}
const withStock = new WeakMap<Product[], { available: Map<number, number>; products: ProductWithStock[] }>();

/**
 * Units for sale per product of a group. Most chat turns show stock without changing it (a question,
 * a cart), so each connection keeps the sums until the stock table is written (tablesVersion).
 */
function availableStock(db: Db, groupId: number): Map<number, number> {
  const version = tablesVersion(db, ['stock']);
  let byGroup = keptStock.get(db.$client);
  if (!byGroup || byGroup.version !== version) keptStock.set(db.$client, (byGroup = { version, groups: new Map() }));
  let available = byGroup.groups.get(groupId);
  if (!available) byGroup.groups.set(groupId, (available = new Map(stockOfGroup(db).values({ groupId }) as [number, number][])));
  return available;
}
const keptStock = new WeakMap<object, { version: string; groups: Map<number, Map<number, number>> }>();

/**
 * Product rows change only through an import, which bumps the group's catalog version in the same
 * transaction (the parser's matcher relies on the same version), so each connection keeps them per
 * group and version; only the stock is read on every call. The version is read from the kept group
 * row (a write to `groups` renews it, see groupCache): selecting it cost a statement per call.
 */
const catalogs = new WeakMap<object, Map<number, { version: number; products: Product[] }>>();

function activeProducts(db: Db, groupId: number): Product[] {
  const version = keptGroupById(db, groupId)?.catalogVersion;
  let byGroup = catalogs.get(db.$client);
  if (!byGroup) catalogs.set(db.$client, (byGroup = new Map()));
  const hit = byGroup.get(groupId);
  if (hit && version !== undefined && hit.version === version) return hit.products;
  const rows = activeProductRows(db).all({ groupId });
  if (version !== undefined) byGroup.set(groupId, { version, products: rows });
  return rows;
}

const activeProductRows = prepared((db) =>
  db
    .select()
    .from(products)
    .where(and(eq(products.groupId, sql.placeholder('groupId')), eq(products.active, true)))
    .orderBy(asc(products.position), asc(products.id))
    .prepare(),
);
const stockOfGroup = prepared((db) =>
  db
    .select({ productId: stock.productId, qty: sql<number>`sum(${stock.qty})` })
    .from(stock)
    .innerJoin(products, eq(products.id, stock.productId))
    .where(eq(products.groupId, sql.placeholder('groupId')))
    .groupBy(stock.productId)
    .prepare(),
);

/** One product by sku (case-insensitive), or NOT_FOUND. */
export function getProduct(db: Db, groupId: number, sku: string): ProductWithStock {
  const p = listProducts(db, groupId).find((x) => x.sku === sku.toUpperCase());
  if (!p) throw new DomainError('NOT_FOUND', `no product "${sku}"`);
  return p;
}

/** What the parser needs of the catalog. */
export function catalogProducts(db: Db, groupId: number): CatalogProduct[] {
  return listProducts(db, groupId).map(({ sku, name, price, unit, aliases }) => ({ sku, name, price, unit, aliases }));
}

/** The group's household with this key, or NOT_FOUND. */
export function getHousehold(db: Db, groupId: number, key: string): Household {
  const h = db.select().from(households).where(and(eq(households.groupId, groupId), eq(households.key, key))).get();
  if (!h) throw new DomainError('NOT_FOUND', `no household "${key}"`);
  return h;
}

/**
 * Units of a product each household has promised to live orders (awaiting payment, paid, ready):
 * still on its shelf, but no longer for sale. The `stock` table holds what is left for sale.
 */
export function reservedStock(db: Db, productId: number): Map<number, number> {
  const rows = db
    .select({ householdId: allocations.householdId, qty: sql<number>`sum(${allocations.qty})` })
    .from(allocations)
    .innerJoin(orderLines, eq(orderLines.id, allocations.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orderLines.productId, productId), ne(allocations.status, 'cannot_supply'), inArray(orders.status, ['awaiting_payment', 'paid', 'ready'])))
    .groupBy(allocations.householdId)
    .all();
  return new Map(rows.map((r) => [r.householdId, roundQty(r.qty)]));
}

/** Quantities are stored as REAL; round to a thousandth so 0.1 + 0.2 stays 0.3. */
export function roundQty(q: number): number {
  return Math.round(q * 1000) / 1000;
}

/** The household with this id, or NOT_FOUND. */
export function getHouseholdById(db: Db, id: number): Household {
  const h = db.select().from(households).where(eq(households.id, id)).get();
  if (!h) throw new DomainError('NOT_FOUND', `no household #${id}`);
  return h;
}
