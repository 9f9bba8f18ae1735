import { isValidCheck, ORDER_CODE_LENGTH } from '../orders/order-code.ts';
import { stripDiacritics } from './vietqr.ts';

/**
 * Order codes found anywhere in a bank-transfer description, however the bank mangled it:
 * prefixes like "MBVCB.3312345.", lower case, spaces/dots/dashes inside the code, diacritics, the code glued
 * to other words. The text is folded to upper-case letters and digits, then every 7-character window whose
 * first two letters are a known group prefix and whose last character is the right Luhn mod-32 check is kept.
 * The check character rejects ~31 of 32 accidental windows; callers still look each candidate up.
 * Returns the distinct codes in order of first appearance.
 */
export function findOrderCodes(description: string, isKnownPrefix: (prefix: string) => boolean): string[] {
  const folded = stripDiacritics(description)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  const found: string[] = [];
  for (let i = 0; i + ORDER_CODE_LENGTH <= folded.length; i++) {
    const window = folded.slice(i, i + ORDER_CODE_LENGTH);
    if (found.includes(window)) continue;
    if (isKnownPrefix(window.slice(0, 2)) && isValidCheck(window)) found.push(window);
  }
  return found;
}
