import { and, eq } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { groups, households, products, stock } from '../../db/schema.ts';
import { codePrefixForSlug } from '../orders/order-code.ts';
import { reservedStock, roundQty } from './queries.ts';
import type { ShopFile } from './shop-file.ts';
import { setProductPhotos, storePhoto, type EncodedPhoto } from './photos.ts';

/**
 * A shop file's pictures, fetched and re-encoded before the import (network and image work stay out of
 * its transaction): by the reference written in the file, the stored photo's hash, plus what to store.
 */
export interface ShopPhotos {
  byRef: Map<string, { hash: string; encoded?: EncodedPhoto }>;
}
import { resolvePickup } from '../shipping/settings.ts';

/** What an import changed; an idempotent re-import reports `changed: false`. */
export interface ImportResult {
  groupId: number;
  slug: string;
  created: boolean;
  changed: boolean;
  products: number;
  households: number;
}

/**
 * Imports a validated shop file in one transaction: creates or updates the group, its households,
 * products, stock, and (when `opts.photos` holds the file's loaded pictures) each listed product's photos. Rows already equal to the file are not touched, so a second run changes nothing.
 * Stock in the file is what households hold; units already promised to live orders are kept out of
 * what is for sale.
 */
export function importShop(db: Db, shop: ShopFile, opts: { photos?: ShopPhotos } = {}): ImportResult {
  return tx(db, (t) => {
    let changed = false;
    const g = shop.group;
    const groupValues = {
      slug: g.slug,
      name: g.name,
      language: g.language,
      currency: g.currency,
      commissionPercent: g.commissionPercent,
      bankBin: g.bank.bin,
      bankAccount: g.bank.accountNumber,
      bankAccountName: g.bank.accountName,
      ...(g.paymentTimeoutMinutes ? { paymentTimeoutMinutes: g.paymentTimeoutMinutes } : {}),
      ...(g.notifyHouseholdsOn ? { notifyHouseholdsOn: g.notifyHouseholdsOn } : {}),
      ...(g.maxUnpaidOrders ? { maxUnpaidOrders: g.maxUnpaidOrders } : {}),
      ...(g.maxUnitsPerProduct ? { maxUnitsPerProduct: g.maxUnitsPerProduct } : {}),
      ...(g.unconfirmedHoldMinutes ? { unconfirmedHoldMinutes: g.unconfirmedHoldMinutes } : {}),
      ...(g.shipping ? { shipping: storedShipping(g.shipping) } : {}),
      // Written as given (defaults are applied on reading), so export writes back what the file said.
      checkout: g.checkout ?? {},
      delivery: g.delivery ?? {},
    };
    let group = t.select().from(groups).where(eq(groups.slug, g.slug)).get();
    const created = !group;
    if (!group) {
      group = t.insert(groups).values({ ...groupValues, codePrefix: codePrefixForSlug(g.slug) }).returning().get();
      changed = true;
    } else if (differs(group, groupValues)) {
      // A shop file that changes the demo group makes it a real shop: the demo people's roles stop counting there.
      t.update(groups).set({ ...groupValues, demo: false }).where(eq(groups.id, group.id)).run();
      changed = true;
    }
    const groupId = group.id;

    const householdIds = new Map<string, number>();
    for (const h of shop.households) {
      const values = {
        groupId,
        key: h.key,
        name: h.name,
        phone: h.phone ?? null,
        bankBin: h.bank?.bin ?? null,
        bankAccount: h.bank?.accountNumber ?? null,
        bankAccountName: h.bank?.accountName ?? null,
        // A pickup address set in chat (/diachi) stays when the file does not name one.
        ...(h.pickupAddress ? { pickup: resolvePickup(h.pickupAddress, h.phone) as Record<string, unknown> } : {}),
      };
      const row = t.select().from(households).where(and(eq(households.groupId, groupId), eq(households.key, h.key))).get();
      if (!row) {
        householdIds.set(h.key, t.insert(households).values(values).returning({ id: households.id }).get().id);
        changed = true;
      } else {
        householdIds.set(h.key, row.id);
        if (differs(row, values)) {
          t.update(households).set(values).where(eq(households.id, row.id)).run();
          changed = true;
        }
      }
    }

    let catalogChanged = false;
    shop.products.forEach((p, position) => {
      const values = { groupId, sku: p.sku, name: p.name, nameEn: p.nameEn ?? null, shortName: p.shortName ?? null, price: p.price, unit: p.unit, aliases: p.aliases, position, active: true, weightGrams: p.weightGrams ?? null, sizeCm: p.sizeCm ?? null };
      const row = t.select().from(products).where(and(eq(products.groupId, groupId), eq(products.sku, p.sku))).get();
      let productId: number;
      if (!row) {
        productId = t.insert(products).values(values).returning({ id: products.id }).get().id;
        catalogChanged = true;
      } else {
        productId = row.id;
        if (differs(row, values)) {
          t.update(products).set(values).where(eq(products.id, row.id)).run();
          catalogChanged = true;
        }
      }
      // The file's pictures, when they were loaded: the product's photos become exactly those, in order.
      if (p.images && opts.photos) {
        const hashes = p.images.map((ref) => {
          const got = opts.photos!.byRef.get(ref);
          if (!got) throw new Error(`picture ${ref} of ${p.sku} was not loaded before the import`);
          if (got.encoded) storePhoto(t, got.encoded);
          return got.hash;
        });
        if (setProductPhotos(t, productId, hashes, 'import')) changed = true;
      }
      // The file counts what each household holds; units promised to live orders are not for sale again.
      const reserved = reservedStock(t, productId);
      for (const [key, held] of Object.entries(p.stock)) {
        const householdId = householdIds.get(key)!;
        const qty = roundQty(Math.max(0, held - (reserved.get(householdId) ?? 0)));
        const s = t.select().from(stock).where(and(eq(stock.householdId, householdId), eq(stock.productId, productId))).get();
        if (!s) {
          t.insert(stock).values({ householdId, productId, qty }).run();
          changed = true;
        } else if (s.qty !== qty) {
          t.update(stock).set({ qty }).where(and(eq(stock.householdId, householdId), eq(stock.productId, productId))).run();
          changed = true;
        }
      }
    });
    if (catalogChanged) {
      changed = true;
      if (!created) t.update(groups).set({ catalogVersion: group.catalogVersion + 1 }).where(eq(groups.id, groupId)).run();
    }
    return { groupId, slug: g.slug, created, changed, products: shop.products.length, households: shop.households.length };
  });
}

/** The group's shipping settings as stored (core/shipping/settings.ts), from the shop file's form. */
function storedShipping(f: NonNullable<ShopFile['group']['shipping']>): Record<string, unknown> {
  const { pickupAddress, pickupPhone, ...rest } = f;
  return { ...rest, ...(pickupAddress ? { pickup: resolvePickup(pickupAddress, pickupPhone) } : {}) };
}

function differs(row: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return Object.entries(values).some(([k, v]) => JSON.stringify(row[k]) !== JSON.stringify(v));
}
