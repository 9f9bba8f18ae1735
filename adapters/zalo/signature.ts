import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Zalo OA webhook signature (header `X-ZEvent-Signature`): the SHA-256 hex digest of
 * app id + raw JSON body + the body's `timestamp` field + the OA secret key, in that order
 * (developers.zalo.me, "Webhook → Xác thực"; the OA secret key is the one shown when the app is linked
 * to the OA, not the app secret). Zalo sends it as `mac=<hex>`; a bare `<hex>` is accepted too.
 */
export function zaloSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`, 'utf8').digest('hex');
}

/** The `X-ZEvent-Signature` header value Zalo sends for a body. */
export function zaloSignatureHeader(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return `mac=${zaloSignature(appId, rawBody, timestamp, oaSecretKey)}`;
}

/** Constant-time check of an `X-ZEvent-Signature` header against the body; false when missing. */
export function verifyZaloSignature(header: string | undefined | null, appId: string, rawBody: string, timestamp: string, oaSecretKey: string): boolean {
  if (!header) return false;
  const got = header.trim().replace(/^mac\s*=\s*/i, '').toLowerCase();
  const want = zaloSignature(appId, rawBody, timestamp, oaSecretKey);
  return constantTimeEqual(got, want);
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}
