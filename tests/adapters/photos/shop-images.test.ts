import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../db/index.ts';
import { importShop } from '../../../core/catalog/import-shop.ts';
import { exportShop } from '../../../core/catalog/export-shop.ts';
import { parseShopFile, parseShopFileText, ShopFileError } from '../../../core/catalog/shop-file.ts';
import { coverPhotos, productPhotoHashes } from '../../../core/catalog/photos.ts';
import { getProduct, listProducts } from '../../../core/catalog/queries.ts';
import { loadShopImages } from '../../../adapters/photos/shop-images.ts';
import { exportGroup } from '../../../adapters/backup.ts';
import { seedDemoWithPhotos } from '../../../adapters/boot.ts';
import { demoShop, dumpTables } from '../../helpers.ts';
import { jpeg, pdf, png } from './images.ts';

const REMOTE = 'https://cdn.lang-nghe.test/anh/kl-do-mat-sau.png';

describe('a shop file with images', () => {
  let remote: Buffer;
  let fetched = 0;
  const server = setupServer(
    http.get(REMOTE, () => {
      fetched++;
      return HttpResponse.arrayBuffer(new Uint8Array(remote).buffer, { headers: { 'content-type': 'image/png' } });
    }),
  );
  beforeAll(async () => {
    remote = await png(500, 400, '#aa2222');
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => server.close());

  async function shopDir() {
    const dir = mkdtempSync(join(tmpdir(), 'gom-shop-'));
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'kl-xanh.jpg'), await jpeg(2000, 1500, '#1fa39a'));
    writeFileSync(join(dir, 'images', 'kl-xanh-2.jpg'), await jpeg(1500, 2000, '#0d6660'));
    writeFileSync(join(dir, 'images', 'kl-do.jpg'), await jpeg(800, 800, '#c0262d'));
    const shop = structuredClone(demoShop()) as Record<string, any>;
    for (const p of shop.products) delete p.images;
    shop.products[0].images = ['images/kl-xanh.jpg', 'images/kl-xanh-2.jpg'];
    shop.products[1].images = ['images/kl-do.jpg', REMOTE];
    writeFileSync(join(dir, 'shop.json'), JSON.stringify(shop));
    return { dir, shop: parseShopFile(shop) };
  }

  it('imports each product\'s pictures in order, and importing again changes nothing', async () => {
    const { dir, shop } = await shopDir();
    const db = openTestDb();
    const first = importShop(db, shop, { photos: await loadShopImages(db, shop, dir) });
    const xanh = getProduct(db, first.groupId, 'KL-XANH');
    const doo = getProduct(db, first.groupId, 'KL-DO');
    expect(productPhotoHashes(db, xanh.id)).toHaveLength(2);
    expect(productPhotoHashes(db, doo.id)).toHaveLength(2);
    expect(coverPhotos(db, [getProduct(db, first.groupId, 'KL-VANG').id]).size).toBe(0);
    const before = dumpTables(db);
    const again = importShop(db, shop, { photos: await loadShopImages(db, shop, dir) });
    expect(again.changed).toBe(false);
    expect(dumpTables(db)).toEqual(before);
    expect(fetched).toBe(2);
    // Reordering the file's list reorders the photos (the first is the cover).
    const swapped = parseShopFile({ ...shop, products: shop.products.map((p, i) => (i === 0 ? { ...p, images: [...p.images!].reverse() } : p)) });
    expect(importShop(db, swapped, { photos: await loadShopImages(db, swapped, dir) }).changed).toBe(true);
    expect(productPhotoHashes(db, xanh.id)).toEqual([...(before.product_photos as { photo_hash: string; product_id: number; position: number }[])].filter((r) => r.product_id === xanh.id).sort((a, b) => b.position - a.position).map((r) => r.photo_hash));
  });

  it('keeps photos of products whose entry has no images, and old shop files stay valid', async () => {
    const { dir, shop } = await shopDir();
    const db = openTestDb();
    importShop(db, shop, { photos: await loadShopImages(db, shop, dir) });
    const old = demoShop();
    for (const p of old.products) delete p.images;
    expect(importShop(db, old).changed).toBe(false);
    expect(listProducts(db, 1).filter((p) => productPhotoHashes(db, p.id).length > 0).map((p) => p.sku)).toEqual(['KL-XANH', 'KL-DO']);
  });

  it('refuses a bad picture naming its field, and writes nothing', async () => {
    const { dir, shop } = await shopDir();
    writeFileSync(join(dir, 'images', 'kl-do.jpg'), pdf());
    const db = openTestDb();
    const before = dumpTables(db);
    const err = await loadShopImages(db, shop, dir).catch((e) => e);
    expect(err).toBeInstanceOf(ShopFileError);
    expect(err).toMatchObject({ field: 'products[1].images[0]', message: expect.stringContaining('not a JPEG, PNG or WebP') });
    const missing = parseShopFile({ ...shop, products: [{ ...shop.products[0]!, images: ['images/khong-co.jpg'] }, ...shop.products.slice(1)] });
    await expect(loadShopImages(db, missing, dir)).rejects.toMatchObject({ field: 'products[0].images[0]', message: expect.stringContaining('no such file') });
    // A symbolic link that leads out of the shop's folder is not followed.
    symlinkSync('/etc/hostname', join(dir, 'images', 'link.jpg'));
    const outside = parseShopFile({ ...shop, products: [{ ...shop.products[0]!, images: ['images/link.jpg'] }, ...shop.products.slice(1)] });
    await expect(loadShopImages(db, outside, dir)).rejects.toMatchObject({ message: expect.stringContaining('outside the shop file') });
    expect(dumpTables(db)).toEqual(before);
  });

  it('accepts only https URLs and paths inside the shop file\'s folder', () => {
    const base = demoShop();
    for (const bad of ['../secret.jpg', 'images/../../x.jpg', '/etc/passwd', 'http://example.com/a.jpg', 'file:///etc/passwd', 'C:\\anh\\a.jpg']) {
      expect(() => parseShopFile({ ...base, products: [{ ...base.products[0]!, images: [bad] }] }), bad).toThrow(/products\[0\]\.images\[0\]/);
    }
    expect(() => parseShopFile({ ...base, products: [{ ...base.products[0]!, images: Array(11).fill('a.jpg') }] })).toThrow(/products\[0\]\.images/);
    expect(parseShopFile({ ...base, products: [{ ...base.products[0]!, images: ['anh/kl xanh.jpg', 'https://cdn.example.vn/a.webp'] }] }).products[0]!.images).toHaveLength(2);
  });

  it('export writes the pictures beside the shop file, and importing that export changes nothing', async () => {
    const { dir, shop } = await shopDir();
    const db = openTestDb();
    importShop(db, shop, { photos: await loadShopImages(db, shop, dir) });
    const out = mkdtempSync(join(tmpdir(), 'gom-export-'));
    const files = exportGroup(db, 'lua-van-phuc', out);
    expect(files.filter((f) => f.endsWith('.jpg')).map((f) => f.slice(out.length + 1)).sort()).toEqual(['images/kl-do-1.jpg', 'images/kl-do-2.jpg', 'images/kl-xanh-1.jpg', 'images/kl-xanh-2.jpg']);
    const exported = parseShopFileText(readFileSync(join(out, 'lua-van-phuc.shop.json'), 'utf8'));
    expect(exported.products[0]!.images).toEqual(['images/kl-xanh-1.jpg', 'images/kl-xanh-2.jpg']);
    expect(exportShop(db, 'lua-van-phuc').products[2]!.images).toBeUndefined();
    const before = dumpTables(db);
    expect(importShop(db, exported, { photos: await loadShopImages(db, exported, out) }).changed).toBe(false);
    expect(dumpTables(db)).toEqual(before);
    // Into a fresh database, the exported pictures are the same stored photos (not re-encoded copies).
    const fresh = openTestDb();
    const r = importShop(fresh, exported, { photos: await loadShopImages(fresh, exported, out) });
    expect(productPhotoHashes(fresh, getProduct(fresh, r.groupId, 'KL-XANH').id)).toEqual(productPhotoHashes(db, getProduct(db, 1, 'KL-XANH').id));
  });
});

describe('the demo shop', () => {
  it('ships a photo of every product', async () => {
    const db = openTestDb();
    expect(await seedDemoWithPhotos(db, true, new Date())).toBe(true);
    const products = listProducts(db, 1);
    expect(products).toHaveLength(10);
    expect(coverPhotos(db, products.map((p) => p.id)).size).toBe(10);
    const sizes = (db.$client.prepare('select length(jpeg) n from photos').all() as { n: number }[]).map((r) => r.n);
    expect(Math.max(...sizes)).toBeLessThan(80_000);
  });
});
