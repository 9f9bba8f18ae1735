import sharp from 'sharp';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../db/index.ts';
import { demoDb, fakeClock } from '../../helpers.ts';
import { encodePhoto } from '../../../adapters/photos/encode.ts';
import { downloadCapped } from '../../../adapters/photos/download.ts';
import { loadConfig } from '../../../adapters/config.ts';
import { createApp } from '../../../adapters/server.ts';
import {
  addProductPhoto,
  coverPhotos,
  knownPhoto,
  makeCover,
  MAX_PHOTO_BYTES,
  PhotoError,
  productPhotoHashes,
  removeProductPhoto,
  setProductPhotos,
  sniffImage,
  storePhoto,
} from '../../../core/catalog/photos.ts';
import { getProduct } from '../../../core/catalog/queries.ts';
import { jpeg, pdf, png, thirtyMegabytes, webp } from './images.ts';

describe('checking and re-encoding a photo', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', async () => {
    expect(sniffImage(await jpeg(10, 10))).toBe('jpeg');
    expect(sniffImage(await png(10, 10))).toBe('png');
    expect(sniffImage(await webp(10, 10))).toBe('webp');
    expect(sniffImage(pdf())).toBeUndefined();
    expect(sniffImage(Buffer.from('GIF89a'))).toBeUndefined();
  });

  it('turns a large phone photo into a ≤1280 px JPEG and a 320 px thumbnail, without its metadata', async () => {
    const withExif = await sharp(await jpeg(4000, 3000)).withMetadata({ exif: { IFD0: { Make: 'PhoneCo', Model: 'X1' } } }).jpeg().toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const p = await encodePhoto(withExif);
    expect([p.width, p.height]).toEqual([1280, 960]);
    const full = await sharp(p.jpeg).metadata();
    const thumb = await sharp(p.thumb).metadata();
    expect([full.format, full.width, full.height, full.exif]).toEqual(['jpeg', 1280, 960, undefined]);
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 320, 240]);
    expect(p.jpeg.length).toBeLessThan(withExif.length);
    expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a small picture its size and makes PNG and WebP into JPEG', async () => {
    for (const bytes of [await png(300, 200), await webp(300, 200)]) {
      const p = await encodePhoto(bytes);
      expect([p.width, p.height, (await sharp(p.jpeg).metadata()).format]).toEqual([300, 200, 'jpeg']);
    }
  });

  it('refuses a PDF renamed .jpg, 30 MB, and a picture too many pixels large, each with its reason', async () => {
    await expect(encodePhoto(pdf())).rejects.toMatchObject({ reason: 'not_an_image' });
    await expect(encodePhoto(thirtyMegabytes())).rejects.toMatchObject({ reason: 'too_large', message: expect.stringContaining('30 MB') });
    // A small file with a huge canvas (a decompression bomb): refused by its pixel count before decoding.
    const bomb = await sharp({ create: { width: 10000, height: 6000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(MAX_PHOTO_BYTES);
    await expect(encodePhoto(bomb)).rejects.toMatchObject({ reason: 'too_large' });
    // A JPEG header followed by garbage.
    await expect(encodePhoto(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]))).rejects.toMatchObject({ reason: 'unreadable' });
  });
});

describe('a product\'s photos', () => {
  it('are ordered, the first is the cover, the same photo is kept once, and there are at most 10', async () => {
    const { db, groupId } = demoDb();
    const xanh = getProduct(db, groupId, 'KL-XANH');
    const a = storePhoto(db, await encodePhoto(await jpeg(800, 600, '#1a8f7a')));
    const b = storePhoto(db, await encodePhoto(await jpeg(800, 600, '#116655')));
    expect(addProductPhoto(db, xanh.id, a, 'admin:sim:admin')).toMatchObject({ position: 1, added: true });
    expect(addProductPhoto(db, xanh.id, b, 'admin:sim:admin')).toMatchObject({ position: 2, added: true });
    expect(addProductPhoto(db, xanh.id, a, 'admin:sim:admin')).toMatchObject({ position: 1, added: false, count: 2 });
    expect(coverPhotos(db, [xanh.id]).get(xanh.id)).toBe(a);
    makeCover(db, xanh.id, b);
    expect(productPhotoHashes(db, xanh.id)).toEqual([b, a]);
    removeProductPhoto(db, xanh.id, b);
    expect(productPhotoHashes(db, xanh.id)).toEqual([a]);
    expect(() => removeProductPhoto(db, xanh.id, b)).toThrow(/no such photo/);
    const many = [];
    for (let i = 0; i < 9; i++) many.push(storePhoto(db, await encodePhoto(await jpeg(40, 40, `#${(20 + i * 25).toString(16).padStart(2, "0")}4080`))));
    for (const h of many) addProductPhoto(db, xanh.id, h, 'import');
    expect(productPhotoHashes(db, xanh.id)).toHaveLength(10);
    const eleventh = storePhoto(db, await encodePhoto(await jpeg(40, 40, '#ff0000')));
    expect(() => addProductPhoto(db, xanh.id, eleventh, 'import')).toThrow(PhotoError);
    expect(setProductPhotos(db, xanh.id, [a], 'import')).toBe(true);
    expect(setProductPhotos(db, xanh.id, [a], 'import')).toBe(false);
  });

  it('recognises a photo it already has by the bytes it was made from or by its own bytes', async () => {
    const db = openTestDb();
    const source = await jpeg(900, 700);
    const p = await encodePhoto(source);
    storePhoto(db, p);
    expect(knownPhoto(db, source)).toBe(p.hash);
    expect(knownPhoto(db, p.jpeg)).toBe(p.hash);
    expect(knownPhoto(db, await jpeg(900, 700, '#000000'))).toBeUndefined();
  });
});

describe('GET /media/p/:hash.jpg', () => {
  it('serves a stored photo and its thumbnail for good, and 404s anything else without reading a path', async () => {
    const { db } = demoDb();
    const clock = fakeClock();
    const app = createApp({ db, clock, config: loadConfig({}) });
    const p = await encodePhoto(await jpeg(1600, 1200));
    storePhoto(db, p);
    const res = await app.request(`/media/p/${p.hash}.jpg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await res.arrayBuffer()).equals(p.jpeg)).toBe(true);
    const t = await app.request(`/media/t/${p.hash}.jpg`);
    expect(Buffer.from(await t.arrayBuffer()).equals(p.thumb)).toBe(true);
    for (const path of [`/media/p/${'0'.repeat(64)}.jpg`, `/media/p/${p.hash}.png`, '/media/p/..%2F..%2Fdb%2Fschema.ts', '/media/p/%2e%2e%2fgom.db', `/media/x/${p.hash}.jpg`, `/media/p/${p.hash.toUpperCase()}.jpg`]) {
      const r = await app.request(path);
      expect([path, r.status]).toEqual([path, 404]);
    }
  });
});

describe('downloading a photo', () => {
  const big = 'https://cdn.test/big.jpg';
  const stream = 'https://cdn.test/stream.jpg';
  const small = 'https://cdn.test/small.jpg';
  let served = 0;
  const server = setupServer(
    http.get(big, () => new HttpResponse(null, { headers: { 'content-length': String(30 * 1024 * 1024), 'content-type': 'image/jpeg' } })),
    http.get(stream, () => {
      // No Content-Length: 1 MB chunks until the reader stops.
      const chunk = new Uint8Array(1024 * 1024);
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          served++;
          if (served > 40) c.close();
          else c.enqueue(chunk);
        },
      });
      return new HttpResponse(body, { headers: { 'content-type': 'image/jpeg' } });
    }),
    http.get(small, () => HttpResponse.arrayBuffer(new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]).buffer, { headers: { 'content-type': 'image/jpeg' } })),
    http.get('https://cdn.test/gone.jpg', () => new HttpResponse(null, { status: 404 })),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('refuses by Content-Length before reading, and stops reading a body that grows past the limit', async () => {
    await expect(downloadCapped(fetch, big, MAX_PHOTO_BYTES)).rejects.toMatchObject({ reason: 'too_large', message: expect.stringContaining('30 MB') });
    await expect(downloadCapped(fetch, stream, MAX_PHOTO_BYTES)).rejects.toMatchObject({ reason: 'too_large' });
    expect(served).toBeLessThan(30);
    expect([...(await downloadCapped(fetch, small, MAX_PHOTO_BYTES))]).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);
    await expect(downloadCapped(fetch, 'https://cdn.test/gone.jpg', MAX_PHOTO_BYTES)).rejects.toMatchObject({ reason: 'fetch_failed' });
    await expect(downloadCapped(fetch, 'file:///etc/passwd', MAX_PHOTO_BYTES)).rejects.toMatchObject({ reason: 'fetch_failed' });
    await expect(downloadCapped(fetch, 'http://example.com/a.jpg', MAX_PHOTO_BYTES)).rejects.toMatchObject({ reason: 'fetch_failed' });
  });
});

