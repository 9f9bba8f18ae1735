/**
 * "kéo 10inch", "2 kéo 9in", "kéo 12 in", "cọ 2''": chat shorthand for "inch" after a number, at a shop whose names
 * measure in inches ("Kéo cắt vải thép 10 inch", "Cọ quét sơn 2 inch"). The shorthand is written out before the message
 * is read, so the number is that size, as the names write it. Elsewhere "in" is left alone ("in logo" is printing).
 */
import { INDEX } from './matcher-index.ts';
import type { Matcher } from './matcher-index.ts';

// (Not "Hub 8 in 1": a number after "in" makes it a count of ports.)
const SHORTHAND = /(?<![\p{L}\d.,-])(\d{1,2}(?:[.,]\d)?) ?(?:inch|in(?! ?\d)|''|"|″)(?![\p{L}\d])/giu;

export function inches(m: Matcher, text: string): string {
  if (!/\d ?(?:in|''|"|″)/i.test(text) || !m[INDEX].conceptProducts.has('inch')) return text;
  return text.replace(SHORTHAND, (_, n: string) => `${n} inch`);
}
