import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret given by a caller with the expected one in time independent of both their contents and
 * their lengths: both are hashed to 32 bytes first, so there is no early exit on a length mismatch.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
