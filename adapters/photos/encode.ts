import type Sharp from 'sharp';
import { checkPhotoBytes, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, PHOTO_MAX_SIDE, PhotoError, sha256, THUMB_MAX_SIDE, type EncodedPhoto } from '../../core/catalog/photos.ts';

/**
 * JPEG quality of stored photos and thumbnails: visually clean, a 1280 px photo is ~100–250 KB. libjpeg-turbo
 * with optimised Huffman coding rather than mozjpeg: mozjpeg makes files ~10% smaller but takes about four
 * times as long (1.2 s against 0.3 s for the demo's ten photos on this 2-core box), and an import or a
 * seller's photo should not wait for that.
 */
const QUALITY = 80;
const THUMB_QUALITY = 70;

let loaded: typeof Sharp | undefined;

/**
 * sharp (libvips) loaded on first use rather than imported: `npm start` bundles this module, and esbuild hoists
 * an external package's static import to the top of the bundle, so a static import would load libvips (~23 MB
 * resident and 0.2–0.4 s on a 2-core box) at every start, although no chat turn needs it and most starts never encode a photo.
 */
async function sharpLib(): Promise<typeof Sharp> {
  if (!loaded) {
    loaded = (await import('sharp')).default;
    // One photo at a time per process: decoding a 12 MB photo takes a core, and the box is shared.
    loaded.concurrency(1);
  }
  return loaded;
}

/**
 * Checks and re-encodes a photo with sharp (libvips): JPEG, PNG or WebP by magic bytes only; at most
 * `maxBytes` and MAX_PHOTO_PIXELS; turned upright by its EXIF orientation; at most 1280 px on its longest
 * side as a JPEG, plus a 320 px thumbnail. Metadata (EXIF, and with it the phone's GPS position) is not
 * copied. Throws PhotoError with a reason a person can be told; never writes anything.
 */
export async function encodePhoto(bytes: Uint8Array, maxBytes = MAX_PHOTO_BYTES): Promise<EncodedPhoto> {
  checkPhotoBytes(bytes, maxBytes);
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sharp = await sharpLib();
  try {
    const source = sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', animated: false });
    const meta = await source.metadata();
    if (!meta.width || !meta.height) throw new PhotoError('unreadable', 'the picture has no size');
    const upright = source.rotate().flatten({ background: '#ffffff' });
    const { data: jpeg, info } = await upright
      .clone()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: QUALITY, optimiseCoding: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await upright
      .clone()
      .resize({ width: THUMB_MAX_SIDE, height: THUMB_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: THUMB_QUALITY, optimiseCoding: true })
      .toBuffer();
    return { hash: sha256(jpeg), sourceHash: sha256(bytes), width: info.width, height: info.height, jpeg, thumb };
  } catch (e) {
    if (e instanceof PhotoError) throw e;
    const msg = (e as Error).message ?? String(e);
    if (/pixel limit/i.test(msg)) throw new PhotoError('too_large', `the picture has more than ${MAX_PHOTO_PIXELS / 1_000_000} million pixels`);
    throw new PhotoError('unreadable', `the picture cannot be read (${msg.split('\n')[0]})`);
  }
}
