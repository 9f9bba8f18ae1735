import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { media } from '../db/schema.ts';
import { renderQrPng } from '../core/payments/qr-image.ts';
import { photoBytes } from '../core/catalog/photos.ts';
import type { Image } from '../bots/model.ts';

/** An image's bytes as a platform upload takes them. */
export interface ImageFile {
  bytes: Buffer;
  mime: 'image/png' | 'image/jpeg';
  filename: string;
}

/**
 * Renders or loads a neutral image at delivery time, outside any transaction: a VietQR code as PNG, a
 * stored photo as its JPEG (the ≤1280 px one). A stored photo that is gone is a permanent failure.
 */
export async function imageFile(db: Db, image: Image): Promise<ImageFile> {
  if (image.kind === 'vietqr') return { bytes: await renderQrPng(image.payload), mime: 'image/png', filename: 'vietqr.png' };
  const bytes = photoBytes(db, image.hash);
  if (!bytes) throw new Error(`stored photo ${image.hash} is missing`);
  return { bytes, mime: 'image/jpeg', filename: `${image.hash.slice(0, 16)}.jpg` };
}

/** Renders a VietQR image to PNG bytes (done at delivery time, outside any transaction). */
export async function renderImage(image: Extract<Image, { kind: 'vietqr' }>): Promise<Buffer> {
  return renderQrPng(image.payload);
}

/** How long a picture URL handed to a platform stays valid. */
export const MEDIA_TTL_MS = 7 * 24 * 3600_000;

/** The public URL of a stored photo (`thumb`: its 320 px thumbnail); the name is its content hash, so it never changes. */
export function photoUrl(publicUrl: string, hash: string, variant: 'full' | 'thumb' = 'full'): string {
  return `${publicUrl.replace(/\/$/, '')}/media/${variant === 'thumb' ? 't' : 'p'}/${hash}.jpg`;
}

/**
 * Publishes an image for platforms that take pictures by URL (Zalo Bot Platform, Viber) and returns that
 * URL: a VietQR code at an unguessable URL that expires (it carries an amount and an order code); a
 * product photo at its permanent, public `/media/p/<hash>.jpg`.
 */
export function publishImage(db: Db, image: Image, publicUrl: string, now: Date): string {
  if (image.kind === 'stored') return photoUrl(publicUrl, image.hash);
  const token = randomBytes(18).toString('base64url');
  db.insert(media)
    .values({ token, kind: 'vietqr', content: image.payload, expiresAt: new Date(now.getTime() + MEDIA_TTL_MS).toISOString() })
    .run();
  return `${publicUrl}/media/${token}.png`;
}

/** The PNG behind a media token, or null when unknown or expired. */
export async function loadPublishedImage(db: Db, token: string, now: Date): Promise<Buffer | null> {
  const row = db.select().from(media).where(eq(media.token, token)).get();
  if (!row || row.expiresAt <= now.toISOString()) return null;
  if (row.kind === 'vietqr' && row.content) return renderQrPng(row.content);
  return row.data ?? null;
}
