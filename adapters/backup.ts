import Database from 'better-sqlite3';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { orders, payments, products } from '../db/schema.ts';
import { getGroup } from '../core/catalog/queries.ts';
import { exportImagePath, exportShop } from '../core/catalog/export-shop.ts';
import { photoBytes, productPhotoHashes } from '../core/catalog/photos.ts';
import { viewOrders, type OrderView } from '../core/orders/order-view.ts';

/**
 * A consistent copy of a live database into `target` with SQLite's online backup API: pages committed in
 * the WAL are included, writers are not blocked for the whole copy, and the copy is checked
 * (`integrity_check`) before this resolves. Refuses to overwrite an existing file.
 */
export async function backupDatabase(sourcePath: string, target: string): Promise<{ pages: number }> {
  if (sourcePath === ':memory:') throw new Error('an in-memory database cannot be backed up');
  if (!existsSync(sourcePath)) throw new Error(`no database at ${sourcePath}`);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  mkdirSync(dirname(target), { recursive: true });
  const source = new Database(sourcePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // After the first step, copy every remaining page in one step: one read transaction, which in WAL mode
    // blocks no writer, and no restart of the copy however busy the server is.
    const progress = await source.backup(target, { progress: () => 0x7fffffff });
    const copy = new Database(target, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return { pages: progress.totalPages };
  } finally {
    source.close();
  }
}

/** One payment as exported (the admin API's fields, with the order's code instead of its row id). */
export interface PaymentExport {
  id: number;
  source: string;
  externalId: string | null;
  amount: number;
  status: string;
  order: string | null;
  actor: string;
  description: string | null;
  receivedAt: string;
}

/** Every order of a group in the public `Order` shape, oldest first, read in pages. */
export function groupOrders(db: Db, groupId: number): OrderView[] {
  const out: OrderView[] = [];
  for (let after = 0; ; ) {
    const rows = db.select().from(orders).where(and(eq(orders.groupId, groupId), gt(orders.id, after))).orderBy(asc(orders.id)).limit(500).all();
    if (rows.length === 0) return out;
    out.push(...viewOrders(db, rows));
    after = rows.at(-1)!.id;
  }
}

/** Every payment recorded for a group, oldest first. */
export function groupPayments(db: Db, groupId: number): PaymentExport[] {
  const codes = new Map(db.select({ id: orders.id, code: orders.code }).from(orders).where(eq(orders.groupId, groupId)).all().map((o) => [o.id, o.code]));
  return db
    .select()
    .from(payments)
    .where(eq(payments.groupId, groupId))
    .orderBy(asc(payments.id))
    .all()
    .map((p) => ({
      id: p.id,
      source: p.source,
      externalId: p.externalId,
      amount: p.amount,
      status: p.status,
      order: p.orderId === null ? null : (codes.get(p.orderId) ?? null),
      actor: p.actor,
      description: p.description,
      receivedAt: p.receivedAt,
    }));
}

/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (a customer named
 * "=HYPERLINK(…)") is prefixed with an apostrophe, so opening the export cannot run anything.
 */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text with a header line. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Writes a group's shop file (`<slug>.shop.json`, importable back), its orders and its payments, each as
 * JSON and CSV, into `outDir`. Returns the files written.
 */
export function exportGroup(db: Db, slug: string, outDir: string): string[] {
  const group = getGroup(db, slug);
  mkdirSync(outDir, { recursive: true });
  const os = groupOrders(db, group.id);
  const ps = groupPayments(db, group.id);
  const files: [string, string][] = [
    [`${slug}.shop.json`, JSON.stringify(exportShop(db, slug), null, 2) + '\n'],
    [`${slug}.orders.json`, JSON.stringify(os, null, 2) + '\n'],
    [
      `${slug}.orders.csv`,
      toCsv(
        ['code', 'status', 'payment_status', 'total', 'paid', 'due', 'customer_platform', 'customer_user_id', 'customer_name', 'phone', 'items', 'created_at', 'updated_at', 'receiver', 'delivery_address', 'pickup'],
        os.map((o) => [
          o.code, o.status, o.payment.status, o.total, o.payment.paidAmount, o.payment.due, o.customer.platform, o.customer.userId,
          o.customer.name, o.customer.phone, o.items.map((i) => `${i.sku} x${i.qty}`).join('; '), o.createdAt, o.updatedAt,
          o.delivery.receiver, o.delivery.address, o.delivery.pickup ? 1 : 0,
        ]),
      ),
    ],
    [`${slug}.payments.json`, JSON.stringify(ps, null, 2) + '\n'],
    [
      `${slug}.payments.csv`,
      toCsv(
        ['id', 'source', 'external_id', 'amount', 'status', 'order', 'actor', 'description', 'received_at'],
        ps.map((p) => [p.id, p.source, p.externalId, p.amount, p.status, p.order, p.actor, p.description, p.receivedAt]),
      ),
    ],
  ];
  const written = files.map(([name, text]) => {
    const path = join(outDir, name);
    writeFileSync(path, text);
    return path;
  });
  // Each product's pictures beside the shop file, as its `images` paths name them.
  for (const p of db.select({ id: products.id, sku: products.sku }).from(products).where(eq(products.groupId, group.id)).all()) {
    productPhotoHashes(db, p.id).forEach((hash, i) => {
      const path = join(outDir, exportImagePath(p.sku, i + 1));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, photoBytes(db, hash)!);
      written.push(path);
    });
  }
  return written;
}
