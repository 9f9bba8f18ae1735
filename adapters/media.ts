import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { media } from '../db/schema.ts';
import { renderQrPng } from '../core/payments/qr-image.ts';
import type { Image } from '../bots/model.ts';

/** Renders a neutral image to PNG bytes (done at delivery time, outside any transaction). */
export async function renderImage(image: Image): Promise<Buffer> {
  return renderQrPng(image.payload);
}

/** How long a picture URL handed to a platform stays valid. */
export const MEDIA_TTL_MS = 7 * 24 * 3600_000;

/**
 * Publishes an image at an unguessable, expiring URL under `publicUrl` (for platforms that take
 * pictures by URL, such as Zalo and Viber) and returns that URL.
 */
export function publishImage(db: Db, image: Image, publicUrl: string, now: Date): string {
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
