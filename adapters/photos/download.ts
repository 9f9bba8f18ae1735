import { mb, PhotoError } from '../../core/catalog/photos.ts';

/** How long one photo download may take. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * Downloads a picture, refusing it as soon as it is known to be larger than `maxBytes`: by its
 * Content-Length before reading, else while reading (the rest is never read). Network failures and
 * 5xx/429 answers are `fetch_failed` (worth a retry); other HTTP errors are `fetch_failed` too, marked
 * permanent by the message. Only https (and http for loopback test stands) URLs are fetched.
 */
export async function downloadCapped(fetchFn: typeof fetch, url: string, maxBytes: number): Promise<Uint8Array> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PhotoError('fetch_failed', 'the picture address is not a URL');
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(parsed.hostname))) {
    throw new PhotoError('fetch_failed', 'only https picture addresses are fetched');
  }
  let res: Response;
  try {
    res = await fetchFn(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    throw new PhotoError('fetch_failed', `the picture could not be downloaded: ${(e as Error).message}`);
  }
  if (!res.ok) {
    void res.body?.cancel().catch(() => undefined);
    throw new PhotoError('fetch_failed', `the picture could not be downloaded: HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    throw new PhotoError('too_large', `the photo is ${mb(declared)}; at most ${mb(maxBytes)} is accepted`);
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch (e) {
      throw new PhotoError('fetch_failed', `the picture could not be downloaded: ${(e as Error).message}`);
    }
    if (step.done) break;
    total += step.value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new PhotoError('too_large', `the photo is larger than ${mb(maxBytes)}, the most accepted`);
    }
    chunks.push(step.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
