import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../db/index.ts';
import { importShop } from '../../../core/catalog/import-shop.ts';
import { exportShop } from '../../../core/catalog/export-shop.ts';
import { parseShopFile, ShopFileError } from '../../../core/catalog/shop-file.ts';
import { getGroup } from '../../../core/catalog/queries.ts';
import { checkoutSettingsOf, deliveryInfoOf } from '../../../core/checkout/settings.ts';
import { demoShop, dumpTables } from '../../helpers.ts';

describe('shop file: checkout, delivery, English and short names (all optional, still chatshop/1)', () => {
  it('a file without them stays valid and gets the defaults', () => {
    const shop = demoShop();
    const { checkout: _c, delivery: _d, ...group } = shop.group;
    const old = { ...shop, group, products: shop.products.map(({ nameEn: _n, shortName: _s, ...p }) => p) };
    const db = openTestDb();
    importShop(db, parseShopFile(old));
    const g = getGroup(db, shop.group.slug);
    expect(checkoutSettingsOf(g)).toEqual({ receiver: 'ask', phone: 'ask', address: 'ask', pickup: true });
    expect(deliveryInfoOf(g)).toEqual({ ships: true, cod: false });
    const exported = exportShop(db, shop.group.slug);
    expect(exported.group.checkout).toBeUndefined();
    expect(exported.products[0]!.nameEn).toBeUndefined();
  });

  it('export writes them back, and importing the export changes nothing', () => {
    const db = openTestDb();
    importShop(db, demoShop());
    const exported = exportShop(db, 'lua-van-phuc');
    expect(exported.group.delivery).toEqual({ ships: true, cod: false, days: '2-4', note: 'Nội thành Hà Nội giao trong ngày.' });
    expect(exported.group.checkout).toMatchObject({ pickup: true, pickupPlace: 'Nhà văn hoá làng lụa Vạn Phúc, Hà Đông, Hà Nội' });
    expect(exported.products[0]).toMatchObject({ sku: 'KL-XANH', nameEn: 'Jade silk scarf', shortName: 'Khăn xanh' });
    const before = dumpTables(db);
    expect(importShop(db, parseShopFile(JSON.parse(JSON.stringify(exported)))).changed).toBe(false);
    expect(dumpTables(db)).toEqual(before);
  });

  it('a bad value is refused naming the field', () => {
    const shop = demoShop();
    const bad = (patch: (s: any) => void) => {
      const s = JSON.parse(JSON.stringify(shop));
      patch(s);
      try {
        parseShopFile(s);
      } catch (e) {
        return (e as ShopFileError).field;
      }
      return 'accepted';
    };
    expect(bad((s) => (s.group.checkout.address = 'sometimes'))).toBe('group.checkout.address');
    expect(bad((s) => (s.group.delivery.days = 'a week'))).toBe('group.delivery.days');
    expect(bad((s) => (s.group.delivery.express = true))).toBe('group.delivery.express');
    expect(bad((s) => (s.products[0].shortName = 'x'.repeat(41)))).toBe('products[0].shortName');
  });
});
