import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../db/index.ts';
import { importShop } from '../../core/catalog/import-shop.ts';
import { exportShop } from '../../core/catalog/export-shop.ts';
import { listProducts } from '../../core/catalog/queries.ts';
import { parseShopFile, ShopFileError } from '../../core/catalog/shop-file.ts';
import { demoShop, dumpTables } from '../helpers.ts';

describe('shop files', () => {
  it('imports the demo shop with its products, households and stock', () => {
    const db = openTestDb();
    const r = importShop(db, demoShop());
    expect(r).toMatchObject({ created: true, changed: true, products: 10, households: 4, slug: 'lua-van-phuc' });
    const scarf = listProducts(db, r.groupId).find((p) => p.sku === 'KL-XANH')!;
    expect(scarf).toMatchObject({ price: 250000, unit: 'chiếc', available: 20 });
  });

  it('re-importing the same file changes nothing', () => {
    const db = openTestDb();
    importShop(db, demoShop());
    const before = dumpTables(db);
    const again = importShop(db, demoShop());
    expect(again.changed).toBe(false);
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses an unknown field, naming it, and writes nothing', () => {
    const bad = structuredClone(demoShop()) as Record<string, any>;
    bad.products[2].colour = 'red';
    expect(() => parseShopFile(bad)).toThrow(ShopFileError);
    try {
      parseShopFile(bad);
    } catch (e) {
      expect((e as ShopFileError).field).toBe('products[2].colour');
      expect((e as Error).message).toContain('products[2].colour');
    }
  });

  it('refuses a fractional price and stock naming an unknown household, naming the field', () => {
    const bad = structuredClone(demoShop()) as Record<string, any>;
    bad.products[0].price = 1000.5;
    expect(() => parseShopFile(bad)).toThrow(/products\[0\]\.price/);
    const bad2 = structuredClone(demoShop()) as Record<string, any>;
    bad2.products[1].stock['ho-nobody'] = 3;
    expect(() => parseShopFile(bad2)).toThrow(/products\[1\]\.stock\.ho-nobody/);
  });

  it('a file that fails validation leaves the database untouched', () => {
    const db = openTestDb();
    importShop(db, demoShop());
    const before = dumpTables(db);
    const bad = structuredClone(demoShop()) as Record<string, any>;
    bad.group.bank.bin = 'VCB';
    expect(() => importShop(db, parseShopFile(bad))).toThrow(/group\.bank\.bin/);
    expect(dumpTables(db)).toEqual(before);
  });

  it('export gives back a file that imports as "nothing changed"', () => {
    const db = openTestDb();
    importShop(db, demoShop());
    const exported = exportShop(db, 'lua-van-phuc');
    expect(parseShopFile(exported).products).toHaveLength(10);
    expect(importShop(db, exported).changed).toBe(false);
  });

  it('a changed price bumps the catalog version so matchers are rebuilt', () => {
    const db = openTestDb();
    const { groupId } = importShop(db, demoShop());
    const v1 = db.$client.prepare('select catalog_version v from groups where id = ?').get(groupId) as { v: number };
    const shop = demoShop();
    shop.products[0]!.price = 260000;
    expect(importShop(db, shop).changed).toBe(true);
    const v2 = db.$client.prepare('select catalog_version v from groups where id = ?').get(groupId) as { v: number };
    expect(v2.v).toBe(v1.v + 1);
  });
});
