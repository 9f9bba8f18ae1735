import { and, asc, eq, lte } from 'drizzle-orm';
import { tx, type Db } from '../../db/index.ts';
import { photoJobs } from '../../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import { DomainError } from '../../core/errors.ts';
import { knownPhoto, MAX_PHOTO_BYTES, PhotoError, storePhoto, type EncodedPhoto, type PhotoFetcher, type PhotoJob, type PhotoJobHandler } from '../../core/catalog/photos.ts';
import { errFields, logger } from '../log.ts';

/** Attempts at fetching one photo before it is given up (network failures only; a bad photo is refused at once). */
export const MAX_PHOTO_ATTEMPTS = 5;

/** Wait before the next fetch attempt: 5 s, 10 s, 20 s, 40 s. */
export function photoBackoffMs(attempts: number): number {
  return 5000 * 2 ** Math.max(0, attempts - 1);
}

/**
 * Fetches a photo's bytes and prepares it for storage, outside any transaction: a photo Gom already has
 * (the same upload again) is found by its bytes' hash; anything else is checked and re-encoded.
 */
export async function preparePhoto(db: Db, bytes: Uint8Array, maxBytes = MAX_PHOTO_BYTES): Promise<{ hash: string; encoded?: EncodedPhoto }> {
  const known = knownPhoto(db, bytes);
  if (known) return { hash: known };
  // Loaded on first use: a repeated import, whose photos are all known, never loads libvips.
  const { encodePhoto } = await import('./encode.ts');
  const encoded = await encodePhoto(bytes, maxBytes);
  return { hash: encoded.hash, encoded };
}

/**
 * Runs photo jobs: each due job's photo is fetched through the platform's fetcher and re-encoded
 * (network and sharp outside any transaction), then stored and handed to its purpose's handler in one
 * transaction with the replies the handler writes. A network failure is retried with backoff; a photo
 * that is too large, not a JPEG/PNG/WebP or unreadable is refused at once and nothing is stored.
 */
export class PhotoJobRunner {
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly fetcher: PhotoFetcher,
    private readonly handlers: Record<string, PhotoJobHandler>,
    private readonly clock: Clock,
    private readonly maxBytes = MAX_PHOTO_BYTES,
  ) {}

  /** Runs the due jobs one after another (photos are heavy; one at a time keeps the box responsive). Returns how many it finished or rescheduled. */
  async runDue(limit = 10): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const due = this.db
        .select()
        .from(photoJobs)
        .where(and(eq(photoJobs.status, 'pending'), lte(photoJobs.nextAttemptAt, this.clock().toISOString())))
        .orderBy(asc(photoJobs.id))
        .limit(limit)
        .all();
      for (const job of due) await this.run(job);
      return due.length;
    } finally {
      this.running = false;
    }
  }

  private async run(job: PhotoJob): Promise<void> {
    const handler = this.handlers[job.purpose.kind];
    if (!handler) {
      this.db.update(photoJobs).set({ status: 'failed', lastError: `no handler for photo jobs of kind "${job.purpose.kind}"` }).where(eq(photoJobs.id, job.id)).run();
      return;
    }
    let prepared: { hash: string; encoded?: EncodedPhoto };
    try {
      const bytes = await this.fetcher.fetch({ platform: job.platform, groupId: job.groupId, ...job.ref }, { maxBytes: this.maxBytes });
      prepared = await preparePhoto(this.db, bytes, this.maxBytes);
    } catch (e) {
      const err = e instanceof PhotoError ? e : new PhotoError('fetch_failed', (e as Error)?.message ?? String(e));
      const attempts = job.attempts + 1;
      if (err.reason === 'fetch_failed' && attempts < MAX_PHOTO_ATTEMPTS) {
        const next = new Date(this.clock().getTime() + photoBackoffMs(attempts)).toISOString();
        this.db.update(photoJobs).set({ attempts, nextAttemptAt: next, lastError: err.message }).where(eq(photoJobs.id, job.id)).run();
        return;
      }
      this.refuse(job, handler, err, attempts);
      return;
    }
    const now = this.clock();
    try {
      tx(this.db, (t) => {
        if (prepared.encoded) storePhoto(t, prepared.encoded);
        handler.done(t, job, prepared.hash, now);
        t.update(photoJobs).set({ status: 'done', attempts: job.attempts + 1, photoHash: prepared.hash, lastError: null }).where(eq(photoJobs.id, job.id)).run();
      });
    } catch (e) {
      if (!(e instanceof DomainError)) {
        logger().error({ photoJob: job.id, ...errFields(e) }, 'photo job failed');
        this.db.update(photoJobs).set({ status: 'failed', attempts: job.attempts + 1, lastError: (e as Error)?.message ?? String(e) }).where(eq(photoJobs.id, job.id)).run();
        return;
      }
      // The handler refused the photo (a product already has 10, the product is gone): nothing was stored.
      this.refuse(job, handler, e, job.attempts + 1);
    }
  }

  private refuse(job: PhotoJob, handler: PhotoJobHandler, err: PhotoError | DomainError, attempts: number): void {
    const now = this.clock();
    tx(this.db, (t) => {
      handler.refused(t, job, err, now);
      t.update(photoJobs).set({ status: 'refused', attempts, lastError: `${err instanceof PhotoError ? err.reason : err.code}: ${err.message}` }).where(eq(photoJobs.id, job.id)).run();
    });
  }
}

/** Runs photo jobs every `everyMs` until stopped (started by `npm start`). */
export function startPhotoJobs(runner: PhotoJobRunner, everyMs = 1000): () => void {
  const timer = setInterval(() => {
    runner.runDue().catch((e) => logger().error(errFields(e), 'photo jobs failed'));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
