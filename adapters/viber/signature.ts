import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Viber signs every callback: `X-Viber-Content-Signature` = hex HMAC-SHA256 of the exact raw body, keyed
 * with the bot's auth token (Viber REST Bot API, "Callbacks"). Checked against Viber's own test vector in
 * tests/adapters/viber/signature.test.ts.
 */

/** The signature Viber would send for this raw body. */
export function viberSignature(rawBody: string | Uint8Array, authToken: string): string {
  return createHmac('sha256', authToken).update(rawBody).digest('hex');
}

/** True when `header` is the signature of `rawBody` under `authToken` (constant-time; missing or malformed = false). */
export function verifyViberSignature(rawBody: string | Uint8Array, header: string | null | undefined, authToken: string): boolean {
  if (!header || !authToken || !/^[0-9a-fA-F]{64}$/.test(header.trim())) return false;
  const expected = Buffer.from(viberSignature(rawBody, authToken), 'hex');
  const given = Buffer.from(header.trim(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
