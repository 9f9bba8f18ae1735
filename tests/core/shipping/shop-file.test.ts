import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../db/index.ts';
import { groups, households, products } from '../../../db/schema.ts';
import { importShop } from '../../../core/catalog/import-shop.ts';
import { exportShop } from '../../../core/catalog/export-shop.ts';
import { parseShopFile, ShopFileError } from '../../../core/catalog/shop-file.ts';
import { setHouseholdPickup } from '../../../core/shipping/addresses.ts';
import { groupShipping, AddressUnclearError } from '../../../core/shipping/settings.ts';
import { demoShop, dumpTables } from '../../helpers.ts';

describe('shipping fields of the shop file', () => {
  it('keeps a file without them valid, with no COD and the default parcel', () => {
    const db = openTestDb();
    importShop(db, parseShopFile(demoShop()));
    const g = db.select().from(groups).get()!;
    expect(g.shipping).toBeNull();
    expect(groupShipping(g.shipping)).toMatchObject({ mode: 'per_household', defaultWeightGrams: 500, cod: { allowed: false } });
    expect(exportShop(db, g.slug).group).not.toHaveProperty('shipping');
  });

  it('imports pickup addresses (matched to their 2025 ward), weights and COD settings, and exports them back unchanged', () => {
    const shop = demoShop();
    shop.group.shipping = { mode: 'gathered', carrier: 'ghn', pickupAddress: 'Số 1 Vạn Phúc, Phường Hà Đông, Hà Nội', pickupPhone: '0912000111', cod: { allowed: true, maxAmount: 2_000_000, firstOrderDeposit: 30_000 } };
    shop.households[0]!.pickupAddress = 'Thôn 3, xã Bát Tràng, huyện Gia Lâm, Hà Nội';
    shop.products[0]!.weightGrams = 150;
    shop.products[0]!.sizeCm = { length: 30, width: 20, height: 3 };
    const db = openTestDb();
    importShop(db, parseShopFile(shop));
    const h = db.select().from(households).where(eq(households.key, shop.households[0]!.key)).get()!;
    expect(h.pickup).toMatchObject({ wardCode: '00577', provinceCode: '01', street: 'Thôn 3' });
    const g = groupShipping(db.select().from(groups).get()!.shipping);
    expect(g).toMatchObject({ mode: 'gathered', carrier: 'ghn', pickup: { wardCode: '09556', phone: '0912000111' }, cod: { allowed: true, maxAmount: 2_000_000, firstOrderDeposit: 30_000 } });
    expect(db.select().from(products).where(eq(products.sku, shop.products[0]!.sku)).get()).toMatchObject({ weightGrams: 150, sizeCm: { length: 30, width: 20, height: 3 } });

    const exported = exportShop(db, shop.group.slug);
    expect(exported.group.shipping).toEqual(shop.group.shipping);
    expect(exported.households[0]!.pickupAddress).toBe(shop.households[0]!.pickupAddress);
    expect(exported.products[0]).toMatchObject({ weightGrams: 150, sizeCm: { length: 30, width: 20, height: 3 } });
    const before = dumpTables(db);
    expect(importShop(db, parseShopFile(exported)).changed).toBe(false);
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses a pickup address whose ward is unsure, naming the field, and writes nothing', () => {
    const shop = demoShop();
    shop.households[1]!.pickupAddress = 'Số 8 Đại Cồ Việt, Hà Nội';
    expect(() => parseShopFile(shop)).toThrow(ShopFileError);
    try {
      parseShopFile(shop);
    } catch (e) {
      expect((e as ShopFileError).field).toBe('households[1].pickupAddress');
      expect((e as Error).message).toMatch(/cannot tell the ward/);
    }
    const gathered = demoShop();
    gathered.group.shipping = { mode: 'gathered' };
    expect(() => parseShopFile(gathered)).toThrow(/group.shipping.pickupAddress/);
    const unknown = demoShop() as unknown as { group: Record<string, unknown> };
    unknown.group['shipping'] = { cod: { allowed: true, deposit: 5 } };
    expect(() => parseShopFile(unknown)).toThrow(/unknown field "group.shipping.cod.deposit"/);
  });

  it('lets a household set its pickup address in words; an unsure one is refused and kept unset', () => {
    const db = openTestDb();
    importShop(db, parseShopFile(demoShop()));
    const h = db.select().from(households).get()!;
    expect(() => setHouseholdPickup(db, h.id, 'Hà Nội')).toThrow(AddressUnclearError);
    expect(db.select().from(households).where(eq(households.id, h.id)).get()!.pickup).toBeNull();
    expect(setHouseholdPickup(db, h.id, '12 Vạn Phúc, P. Vạn Phúc, Q. Hà Đông, HN')).toMatchObject({ wardCode: '09556', phone: h.phone });
  });
});
