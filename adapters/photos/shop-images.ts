import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Db } from '../../db/index.ts';
import type { ShopPhotos } from '../../core/catalog/import-shop.ts';
import { ShopFileError, type ShopFile } from '../../core/catalog/shop-file.ts';
import { mb, MAX_PHOTO_BYTES, PhotoError } from '../../core/catalog/photos.ts';
import { downloadCapped } from './download.ts';
import { preparePhoto } from './jobs.ts';

/**
 * Loads every picture a shop file lists, before its import: files relative to the shop file (which must
 * stay inside its folder, symbolic links included) and https URLs (downloaded, at most MAX_PHOTO_BYTES
 * each), each checked and re-encoded like a photo sent from a phone. A picture Gom already has (the same
 * file imported again, or a photo Gom exported) is recognised by its bytes and not encoded again, so a
 * repeated import changes nothing. The first bad picture is refused as a ShopFileError naming its field
 * (`products[0].images[1]`); nothing is written by this function.
 */
export async function loadShopImages(db: Db, shop: ShopFile, baseDir: string, fetchFn: typeof fetch = (...a) => globalThis.fetch(...a)): Promise<ShopPhotos> {
  const byRef: ShopPhotos['byRef'] = new Map();
  const root = await realpath(baseDir);
  for (const [i, p] of shop.products.entries()) {
    for (const [j, ref] of (p.images ?? []).entries()) {
      if (byRef.has(ref)) continue;
      const field = `products[${i}].images[${j}]`;
      try {
        const bytes = /^https:\/\//i.test(ref) ? await downloadCapped(fetchFn, ref, MAX_PHOTO_BYTES) : await readInside(root, ref);
        byRef.set(ref, await preparePhoto(db, bytes));
      } catch (e) {
        const why = e instanceof PhotoError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
        throw new ShopFileError(field, `invalid field "${field}": ${ref}: ${why}`);
      }
    }
  }
  return { byRef };
}

async function readInside(root: string, ref: string): Promise<Uint8Array> {
  const path = await realpath(resolve(root, ref));
  if (!path.startsWith(root + sep)) throw new PhotoError('fetch_failed', "the picture is outside the shop file's folder");
  const size = (await stat(path)).size;
  if (size > MAX_PHOTO_BYTES) throw new PhotoError('too_large', `the picture is ${mb(size)}; at most ${mb(MAX_PHOTO_BYTES)} is accepted`);
  return readFile(path);
}
