/**
 * "cho thuê 1 cổng hoa", "thuê 2 bộ áo dài cưới trắng ren size M" where the shop's names say "(thuê/ngày)": a catalog
 * word that heads no product, alone before a count and a product phrase that names some of the products the word
 * names, is how the request is made, not a product of its own; the count is the phrase's.
 */
import { isHead, productsOf, resolveConcepts } from './matcher.ts';
import { nameAttr } from './attributes.ts';
import { sizeNumber } from './size-number.ts';
import { ParseContext, isWord, lookup, quantityOf } from './context.ts';
import type { Clause } from './context.ts';
import { readNP } from './noun-phrase.ts';

export function leadsPhrase(cx: ParseContext, c: Clause, i: number): boolean {
  const h = lookup(cx, i);
  const n = cx.ts[i + 1];
  if (h === null || isHead(cx.m, h.concept) || !isWord(n) || !/^\d/.test(n.low)) return false;
  const q = quantityOf(cx, i + 1);
  if (q === null || q.measure !== null || q.end >= c.end || lookup(cx, q.end) === null) return false;
  const np = readNP(cx, c, q.end, true);
  if (np === null || np.hits.length === 0 || np.hits.some((x) => x.concept === h.concept)) return false;
  const named = resolveConcepts(cx.m, np.hits, q.unit, np.unknownAttr).candidates;
  const wide = productsOf(cx.m, h.concept);
  // (Not a number read as a size or pack of the word's products: "trắng 41 cộc tay", "gói 5 lá", "xấp 50 phong bì".)
  const carried = nameAttr(cx, i + 1, wide)?.concept != null || sizeNumber(cx, q.value, null, i + 1, wide) !== null;
  return !carried && named.length > 0 && named.length < wide.length && named.every((p) => wide.includes(p));
}
