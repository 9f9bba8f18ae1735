import { mb, PhotoError, type PhotoFetcher, type PhotoRef } from '../../core/catalog/photos.ts';
import type { Platform } from '../../db/schema.ts';
import { downloadCapped } from './download.ts';

/**
 * Fetches a photo by the media URL its platform put in the message (Zalo OA `attachments[].payload.url`,
 * Zalo Bot Platform `message.photo`, Viber `message.media`). Those URLs are on the platforms' CDNs and
 * expire after a while, which is why photos are fetched soon and stored by Gom.
 */
export function urlPhotoFetcher(fetchFn: typeof fetch = (...a) => globalThis.fetch(...a)): PhotoFetcher {
  return {
    async fetch(ref: PhotoRef, limits) {
      if (!ref.url) throw new PhotoError('fetch_failed', 'the photo has no address to fetch it from');
      if (ref.size !== undefined && ref.size > limits.maxBytes) throw new PhotoError('too_large', `the photo is ${mb(ref.size)}; at most ${mb(limits.maxBytes)} is accepted`);
      return downloadCapped(fetchFn, ref.url, limits.maxBytes);
    },
  };
}

/** One fetcher over every platform's: picks the one for the photo's platform. */
export function platformPhotoFetcher(byPlatform: Partial<Record<Platform, PhotoFetcher>>): PhotoFetcher {
  return {
    fetch(ref, limits) {
      const f = byPlatform[ref.platform];
      if (!f) return Promise.reject(new PhotoError('fetch_failed', `photos from ${ref.platform} cannot be fetched (the platform is not configured)`));
      return f.fetch(ref, limits);
    },
  };
}
