/**
 * "1 mẹt 2ng", "lẩu riêu 4ng", "combo 2 ng", "mâm cỗ 6 ng loại 1": chat shorthand for "người" (people) after a count,
 * at a shop whose names count the people a dish or set is for ("Lẩu riêu cua đồng nồi 4 người", "Mẹt bún đậu 2
 * người"). The shorthand is written out before the message is read, so the count is that size of the dish, not an
 * amount. Elsewhere "ng" is left alone.
 */
import { INDEX } from './matcher-index.ts';
import type { Matcher } from './matcher-index.ts';

const SHORTHAND = /(?<![\p{L}\d-])(\d{1,2}) ?ng(?![\p{L}\d-])/giu;

export function peopleCount(m: Matcher, text: string): string {
  if (!/\dng|\d ng/i.test(text) || !m[INDEX].conceptProducts.has('nguoi')) return text;
  return text.replace(SHORTHAND, (_, n: string) => `${n} người`);
}
