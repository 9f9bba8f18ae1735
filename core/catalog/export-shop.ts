import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { households, products, stock } from '../../db/schema.ts';
import { getGroup, reservedStock, roundQty } from './queries.ts';
import type { ShopFile } from './shop-file.ts';
import { productPhotoHashes } from './photos.ts';
import { checkoutSettingsSchema, deliveryInfoSchema } from '../checkout/settings.ts';

/** Where an exported shop file's pictures go, relative to it: `images/<sku>-<n>.jpg`. */
export function exportImagePath(sku: string, n: number): string {
  return `images/${sku.toLowerCase()}-${n}.jpg`;
}

/**
 * Exports a group as a `chatshop/1` shop file with what households hold and each product's pictures (as
 * `images/<sku>-<n>.jpg` paths); importing it back, with those files beside it, changes nothing.
 */
export function exportShop(db: Db, slug: string): ShopFile {
  const g = getGroup(db, slug);
  const hs = db.select().from(households).where(eq(households.groupId, g.id)).orderBy(asc(households.id)).all();
  const keyOf = new Map(hs.map((h) => [h.id, h.key]));
  const ps = db.select().from(products).where(eq(products.groupId, g.id)).orderBy(asc(products.position), asc(products.id)).all();
  const st = db.select({ productId: stock.productId, householdId: stock.householdId, qty: stock.qty }).from(stock).all();
  return {
    format: 'chatshop/1',
    group: {
      slug: g.slug,
      name: g.name,
      language: g.language,
      currency: 'VND',
      commissionPercent: g.commissionPercent,
      paymentTimeoutMinutes: g.paymentTimeoutMinutes,
      notifyHouseholdsOn: g.notifyHouseholdsOn,
      maxUnpaidOrders: g.maxUnpaidOrders,
      maxUnitsPerProduct: g.maxUnitsPerProduct,
      unconfirmedHoldMinutes: g.unconfirmedHoldMinutes,
      ...(Object.keys(g.checkout).length ? { checkout: checkoutSettingsSchema.parse(g.checkout) } : {}),
      ...(Object.keys(g.delivery).length ? { delivery: deliveryInfoSchema.parse(g.delivery) } : {}),
      bank: { bin: g.bankBin, accountNumber: g.bankAccount, accountName: g.bankAccountName },
      ...(g.shipping ? { shipping: fileShipping(g.shipping) } : {}),
    },
    households: hs.map((h) => ({
      key: h.key,
      name: h.name,
      ...(h.phone ? { phone: h.phone } : {}),
      ...(h.bankBin && h.bankAccount && h.bankAccountName
        ? { bank: { bin: h.bankBin, accountNumber: h.bankAccount, accountName: h.bankAccountName } }
        : {}),
      ...(typeof h.pickup?.['address'] === 'string' ? { pickupAddress: h.pickup['address'] } : {}),
    })),
    products: ps.map((p) => {
      const reserved = reservedStock(db, p.id);
      const photos = productPhotoHashes(db, p.id);
      return {
      sku: p.sku,
      name: p.name,
      ...(p.nameEn ? { nameEn: p.nameEn } : {}),
      ...(p.shortName ? { shortName: p.shortName } : {}),
      price: p.price,
      unit: p.unit,
      aliases: p.aliases,
      ...(p.weightGrams ? { weightGrams: p.weightGrams } : {}),
      ...(p.sizeCm ? { sizeCm: p.sizeCm } : {}),
      // What each household holds: for sale plus promised to live orders.
      stock: Object.fromEntries(
        st
          .filter((s) => s.productId === p.id && keyOf.has(s.householdId))
          .map((s) => [keyOf.get(s.householdId)!, roundQty(s.qty + (reserved.get(s.householdId) ?? 0))]),
      ),
      // The files themselves are written beside the shop file by the export (adapters/backup.ts).
      ...(photos.length ? { images: photos.map((_, i) => exportImagePath(p.sku, i + 1)) } : {}),
      };
    }),
  };
}

/** The shop file's form of stored shipping settings (the pickup written back as its address). */
function fileShipping(stored: Record<string, unknown>): NonNullable<ShopFile['group']['shipping']> {
  const { pickup, ...rest } = stored as { pickup?: { address: string; phone?: string | null } } & Record<string, unknown>;
  return {
    ...(rest as NonNullable<ShopFile['group']['shipping']>),
    ...(pickup ? { pickupAddress: pickup.address, ...(pickup.phone ? { pickupPhone: pickup.phone } : {}) } : {}),
  };
}
