import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { prepared, tx, type Db } from '../../db/index.ts';
import { groups, identities, people, photoJobs, photoPlatformIds, photos, productPhotos, products, type Platform } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { emit, type PhotoChat } from '../events.ts';

/**
 * Product photos: stored once by content (see `photos` in db/schema.ts for why SQLite blobs), ordered per
 * product (the first is the cover), and remembered per platform by the platform's own file id.
 *
 * Decoding and re-encoding (sharp) and fetching from platforms live in adapters/photos/; core/ only
 * checks bytes, stores results and keeps the order.
 */

/** Largest photo accepted, before re-encoding: Telegram's own getFile limit; a 12 MB phone photo fits, a 30 MB file does not. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** Largest picture accepted in pixels (a decompression bomb is a small file with a huge canvas). */
export const MAX_PHOTO_PIXELS = 50_000_000;
/** Photos per product at most. */
export const MAX_PHOTOS_PER_PRODUCT = 10;
/** Longest side of a stored photo, and of its thumbnail. */
export const PHOTO_MAX_SIDE = 1280;
export const THUMB_MAX_SIDE = 320;

/** The kinds of pictures accepted, told by their first bytes (never by a file name). */
export type PhotoType = 'jpeg' | 'png' | 'webp';

/** Why a photo was refused: too big, not a JPEG/PNG/WebP, undecodable, or it could not be fetched. */
export type PhotoRefusal = 'too_large' | 'not_an_image' | 'unreadable' | 'fetch_failed' | 'too_many';

/** A photo that cannot be taken, with the reason a person can be told. */
export class PhotoError extends DomainError {
  constructor(
    readonly reason: PhotoRefusal,
    message: string,
  ) {
    super(reason === 'too_many' ? 'LIMIT_REACHED' : 'INVALID_INPUT', message);
    this.name = 'PhotoError';
  }
}

/** The type of an image by its magic bytes (JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A, WebP RIFF….WEBP), else undefined. */
export function sniffImage(bytes: Uint8Array): PhotoType | undefined {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  return undefined;
}

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}

/** Refuses bytes that are too many or not a JPEG, PNG or WebP; returns the type. */
export function checkPhotoBytes(bytes: Uint8Array, maxBytes = MAX_PHOTO_BYTES): PhotoType {
  if (bytes.length > maxBytes) throw new PhotoError('too_large', `the photo is ${mb(bytes.length)}; at most ${mb(maxBytes)} is accepted`);
  const type = sniffImage(bytes);
  if (!type) throw new PhotoError('not_an_image', 'not a JPEG, PNG or WebP picture');
  return type;
}

/** A size in megabytes for messages (`30 MB`). */
export function mb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** SHA-256 in hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A photo re-encoded for chat: the JPEG, its thumbnail, and the hashes it is known by. */
export interface EncodedPhoto {
  hash: string;
  sourceHash: string;
  width: number;
  height: number;
  jpeg: Buffer;
  thumb: Buffer;
}

/** A photo's name as it appears in URLs and button data: 64 lower-case hex digits. */
export const PHOTO_HASH = /^[0-9a-f]{64}$/;

/** Stores an encoded photo (nothing happens if it is already stored); returns its hash. */
export function storePhoto(db: Db, p: EncodedPhoto): string {
  db.insert(photos)
    .values({ hash: p.hash, sourceHash: p.sourceHash, width: p.width, height: p.height, jpeg: p.jpeg, thumb: p.thumb })
    .onConflictDoNothing()
    .run();
  return p.hash;
}

/**
 * The stored photo these bytes already are or were made from, if any: the same upload sent again, or a
 * photo exported by Gom and imported back, is not re-encoded (which would make a new, slightly worse copy).
 */
export function knownPhoto(db: Db, bytes: Uint8Array): string | undefined {
  const h = sha256(bytes);
  return (
    db.select({ hash: photos.hash }).from(photos).where(eq(photos.hash, h)).get()?.hash ??
    db.select({ hash: photos.hash }).from(photos).where(eq(photos.sourceHash, h)).get()?.hash
  );
}

/** The bytes of a stored photo (`full` ≤ 1280 px or `thumb`), or undefined for an unknown hash. */
export function photoBytes(db: Db, hash: string, variant: 'full' | 'thumb' = 'full'): Buffer | undefined {
  if (!PHOTO_HASH.test(hash)) return undefined;
  const row = db
    .select({ data: variant === 'full' ? photos.jpeg : photos.thumb })
    .from(photos)
    .where(eq(photos.hash, hash))
    .get();
  return row?.data ?? undefined;
}

/** A product's photo hashes in order (cover first). */
export function productPhotoHashes(db: Db, productId: number): string[] {
  return db
    .select({ hash: productPhotos.photoHash })
    .from(productPhotos)
    .where(eq(productPhotos.productId, productId))
    .orderBy(asc(productPhotos.position), asc(productPhotos.id))
    .all()
    .map((r) => r.hash);
}

/** The cover photo of each of these products that has one. */
export function coverPhotos(db: Db, productIds: number[]): Map<number, string> {
  const out = new Map<number, string>();
  // One prepared lookup per product rather than one `in (…)` query built anew on every call: a product
  // message asks this on every chat turn that shows a product, and a page holds a handful of products.
  const cover = coverOf(db).pluck(); // pluck again: the statement cache may have handed this SQL out unplucked
  for (const id of productIds) {
    const hash = cover.get(id) as string | undefined;
    if (hash !== undefined) out.set(id, hash);
  }
  return out;
}

const coverOf = prepared((db) =>
  db.$client
    .prepare<[number], string>('select photo_hash from product_photos where product_id = ? order by position asc, id asc limit 1'),
);

/** What adding a photo did: its place (1 = the cover) and whether it was new to the product. */
export interface AddedPhoto {
  hash: string;
  position: number;
  added: boolean;
  count: number;
}

/**
 * Adds a stored photo to the end of a product's photos (the first photo becomes the cover). A photo the
 * product already has is not added twice. Refuses an 11th photo.
 */
export function addProductPhoto(db: Db, productId: number, hash: string, addedBy: string): AddedPhoto {
  return tx(db, (t) => {
    if (!t.select({ id: products.id }).from(products).where(eq(products.id, productId)).get()) throw new DomainError('NOT_FOUND', `no product ${productId}`);
    if (!t.select({ hash: photos.hash }).from(photos).where(eq(photos.hash, hash)).get()) throw new DomainError('NOT_FOUND', `no stored photo ${hash}`);
    const list = productPhotoHashes(t, productId);
    const at = list.indexOf(hash);
    if (at >= 0) return { hash, position: at + 1, added: false, count: list.length };
    if (list.length >= MAX_PHOTOS_PER_PRODUCT) throw new PhotoError('too_many', `a product has at most ${MAX_PHOTOS_PER_PRODUCT} photos`);
    const next = t
      .select({ max: sql<number | null>`max(${productPhotos.position})` })
      .from(productPhotos)
      .where(eq(productPhotos.productId, productId))
      .get()?.max;
    t.insert(productPhotos).values({ productId, photoHash: hash, position: (next ?? 0) + 1, addedBy }).run();
    return { hash, position: list.length + 1, added: true, count: list.length + 1 };
  });
}

/** Makes one of a product's photos its cover (the others keep their order). */
export function makeCover(db: Db, productId: number, hash: string): void {
  tx(db, (t) => {
    const list = productPhotoHashes(t, productId);
    if (!list.includes(hash)) throw new DomainError('NOT_FOUND', 'this product has no such photo');
    renumber(t, productId, [hash, ...list.filter((h) => h !== hash)]);
  });
}

/** Removes a photo from a product (the stored photo stays: other products or messages may use it). */
export function removeProductPhoto(db: Db, productId: number, hash: string): void {
  tx(db, (t) => {
    const res = t.delete(productPhotos).where(and(eq(productPhotos.productId, productId), eq(productPhotos.photoHash, hash))).run();
    if (res.changes === 0) throw new DomainError('NOT_FOUND', 'this product has no such photo');
    renumber(t, productId, productPhotoHashes(t, productId));
  });
}

/**
 * Makes a product's photos exactly `hashes`, in that order (a shop file's `images`); returns whether
 * anything changed. Photos already in place are kept as they are, so a repeated import writes nothing.
 */
export function setProductPhotos(db: Db, productId: number, hashes: string[], addedBy: string): boolean {
  const wanted = [...new Set(hashes)];
  if (wanted.length > MAX_PHOTOS_PER_PRODUCT) throw new PhotoError('too_many', `a product has at most ${MAX_PHOTOS_PER_PRODUCT} photos`);
  return tx(db, (t) => {
    const current = productPhotoHashes(t, productId);
    if (current.length === wanted.length && current.every((h, i) => h === wanted[i])) return false;
    const gone = current.filter((h) => !wanted.includes(h));
    if (gone.length) t.delete(productPhotos).where(and(eq(productPhotos.productId, productId), inArray(productPhotos.photoHash, gone))).run();
    for (const h of wanted) if (!current.includes(h)) t.insert(productPhotos).values({ productId, photoHash: h, position: 0, addedBy }).run();
    renumber(t, productId, wanted);
    return true;
  });
}

function renumber(t: Db, productId: number, order: string[]): void {
  order.forEach((h, i) =>
    t.update(productPhotos).set({ position: i + 1 }).where(and(eq(productPhotos.productId, productId), eq(productPhotos.photoHash, h))).run(),
  );
}

/** The id a platform gave this photo when it was uploaded through `account` (a bot, an OA), if remembered. */
export function platformFileId(db: Db, hash: string, platform: Platform, account: string, variant: 'full' | 'thumb' = 'full'): string | undefined {
  return db
    .select({ fileId: photoPlatformIds.fileId })
    .from(photoPlatformIds)
    .where(and(eq(photoPlatformIds.photoHash, hash), eq(photoPlatformIds.platform, platform), eq(photoPlatformIds.account, account), eq(photoPlatformIds.variant, variant)))
    .get()?.fileId;
}

/** Remembers (or replaces) the id a platform gave this photo, so it is not uploaded again. */
export function rememberPlatformFileId(db: Db, hash: string, platform: Platform, account: string, fileId: string, variant: 'full' | 'thumb' = 'full'): void {
  db.insert(photoPlatformIds)
    .values({ photoHash: hash, platform, account, variant, fileId })
    .onConflictDoUpdate({ target: [photoPlatformIds.photoHash, photoPlatformIds.platform, photoPlatformIds.account, photoPlatformIds.variant], set: { fileId } })
    .run();
}

/** Forgets a platform id the platform no longer accepts (the next send uploads the photo again). */
export function forgetPlatformFileId(db: Db, hash: string, platform: Platform, account: string, variant: 'full' | 'thumb' = 'full'): void {
  db.delete(photoPlatformIds)
    .where(and(eq(photoPlatformIds.photoHash, hash), eq(photoPlatformIds.platform, platform), eq(photoPlatformIds.account, account), eq(photoPlatformIds.variant, variant)))
    .run();
}

/** Where a photo someone sent can be fetched: the neutral `IncomingPhoto` plus the platform and group it came through. */
export interface PhotoRef {
  platform: Platform;
  /** The group whose bot received it (a Telegram file id is only valid for that bot). */
  groupId: number | null;
  fileId?: string;
  url?: string;
  /** Bytes, when the platform said before download. */
  size?: number;
}

/**
 * The port through which a photo a person sent is downloaded from their platform (adapters implement it:
 * Telegram `getFile` + file URL, Zalo and Viber media URLs). It must refuse more than `maxBytes` without
 * reading it all (PhotoError `too_large`), and throw PhotoError `fetch_failed` when the platform cannot be
 * reached (the caller retries). Never called inside a transaction.
 */
export interface PhotoFetcher {
  fetch(ref: PhotoRef, limits: { maxBytes: number }): Promise<Uint8Array>;
}

/** A photo waiting to be fetched (a row of `photo_jobs`). */
export type PhotoJob = typeof photoJobs.$inferSelect;

/** What a photo job is for and where its replies go. */
export interface PhotoJobInput {
  platform: Platform;
  groupId: number | null;
  chatId: string;
  identityId?: number | null;
  ref: { fileId?: string; url?: string; size?: number };
  purpose: { kind: string } & Record<string, unknown>;
}

/** Records a photo to fetch after this transaction (call it in the transaction that handles the message). */
export function enqueuePhotoJob(db: Db, job: PhotoJobInput, now: Date): number {
  const at = now.toISOString();
  return db
    .insert(photoJobs)
    .values({ platform: job.platform, groupId: job.groupId, chatId: job.chatId, identityId: job.identityId ?? null, ref: job.ref, purpose: job.purpose, nextAttemptAt: at, createdAt: at })
    .returning({ id: photoJobs.id })
    .get().id;
}

/**
 * What finishes a photo job of one `purpose.kind` (registered by the feature that asked for the photo).
 * Both run inside the transaction that records the outcome, so their changes and replies commit with it.
 */
export interface PhotoJobHandler {
  /** The photo is stored (its hash): use it, and tell the person. A DomainError thrown here refuses the photo instead. */
  done(t: Db, job: PhotoJob, hash: string, now: Date): void;
  /** The photo was refused (too large, not a picture) or could not be fetched: tell the person why. Nothing was stored. */
  refused(t: Db, job: PhotoJob, error: PhotoError | DomainError, now: Date): void;
}

/**
 * The photo jobs of product photos sent from a phone (`purpose: {kind: 'product', productId, by}`): the
 * photo is added to the product and `photo.added` emitted; a refused photo emits `photo.refused` with its
 * reason. The bot's reactions answer the person who sent it.
 */
export const productPhotoJobs: PhotoJobHandler = {
  done(t, job, hash, now) {
    const productId = Number(job.purpose.productId);
    const added = addProductPhoto(t, productId, hash, String(job.purpose.by ?? 'unknown'));
    const row = t.select({ g: products.groupId, sku: products.sku }).from(products).where(eq(products.id, productId)).get()!;
    emit(t, { type: 'photo.added', groupId: row.g, productId, sku: row.sku, hash, position: added.position, count: added.count, chat: chatOf(job) }, now);
  },
  refused(t, job, error, now) {
    const productId = Number(job.purpose.productId);
    const groupId = t.select({ g: products.groupId }).from(products).where(eq(products.id, productId)).get()?.g ?? job.groupId ?? 0;
    emit(t, { type: 'photo.refused', groupId, productId, reason: error instanceof PhotoError ? error.reason : error.code, chat: chatOf(job) }, now);
  },
};

function chatOf(job: PhotoJob): PhotoChat {
  return { platform: job.platform, chatId: job.chatId, identityId: job.identityId };
}

/** The language to answer a photo's sender in: theirs if they chose one, else their group's. */
export function senderLanguage(db: Db, chat: PhotoChat, groupId: number): string | null {
  const person = chat.identityId
    ? db.select({ lang: people.language }).from(identities).innerJoin(people, eq(people.id, identities.personId)).where(eq(identities.id, chat.identityId)).get()
    : undefined;
  return person?.lang ?? db.select({ lang: groups.language }).from(groups).where(eq(groups.id, groupId)).get()?.lang ?? null;
}
