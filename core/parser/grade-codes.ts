/**
 * "vải L1 2kg, vải L2 3kg", "muc kho l2 3 lang", "ngói âm dương l2 x 2000": chat shorthand for "loại 1", "loại 2" at a
 * shop whose names carry numbered grades ("Vải thiều tươi Lục Ngạn loại 1"). The shorthand is written out before the
 * message is read, so the number is that grade, as the names write it. Where no name carries that grade, or a name
 * uses the code itself as a word ("Ổ cắm L1"), it is left alone.
 */
import { INDEX } from './matcher-index.ts';
import type { Matcher } from './matcher-index.ts';

// (A comma closing it is a list's, "dâu L1, 2 hộp hồng"; one before a digit is a decimal's.)
const SHORTHAND = /(?<![\p{L}\d.,/-])[lL]([1-9])(?![\p{L}\d./-]|,\d)/gu;

export function gradeCodes(m: Matcher, text: string): string {
  if (!/[lL][1-9]/.test(text)) return text; // most messages: no need to run the pattern
  const concepts = m[INDEX].conceptProducts;
  return text.replace(SHORTHAND, (whole: string, n: string) =>
    concepts.has(`na:grade:${n}`) && !concepts.has(`l${n}`) ? `loại ${n}` : whole);
}
