/**
 * Words that only say which measure follows in a product phrase ("cao 20cm", "cỡ lớn 30cm", "size 28cm"): before a
 * measure a product carries, they yield to it (noun-phrase.ts), unless they are said against the products read.
 */
import { MEASURE_LEADS, SIZE_ADJECTIVES } from './lexicon.ts';
import { productHas, productHeadsOf, productsOf } from './matcher.ts';
import { UNITS, measureConcept, readNumberToken } from './numbers.ts';
import { isWord, lookup } from './context.ts';
import type { ParseContext } from './context.ts';
import { nameAttr } from './attributes.ts';

/**
 * "lọ men lục cao 20cm", "đĩa men lam cỡ lớn 30cm", "túi xách đen size 28cm": the words at j (at most three
 * measure leads) are followed by a measure one of the products named so far carries.
 */
export function measureFollows(cx: ParseContext, j: number, cur: readonly number[]): boolean {
  let k = j;
  while (k < j + 3 && MEASURE_LEADS.has(cx.ts[k])) k++;
  const t = cx.ts[k];
  if (!isWord(t) || !/^\d/.test(t.low)) return false;
  // ("bao phở sợi to 10kg" where only the thin noodles, "sợi nhỏ", come in the 10 kg sack: a size word that products
  // of the same kind have where those read so far have another is said against them; it stays a word of the phrase.)
  for (let i = j; i < k; i++) {
    const h = lookup(cx, i);
    if (h !== null && !cur.some((p) => productHas(cx.m, p, h.concept)) && productsOf(cx.m, h.concept).some((o) => cur.some((p) => sizedOtherwise(cx, o, p)))) return false;
  }
  // "thảm xơ dừa size 40x60": a dimension the names carry.
  if (k > j && nameAttr(cx, k, cur)?.concept?.startsWith('dim:')) return true;
  const nt = readNumberToken(t.low);
  if (nt.kind !== 'num') return false;
  let concept = nt.measure;
  if (concept === null && nt.unit === null) {
    const un = UNITS.get(cx.ts[k + 1]);
    if (un !== undefined && un.dim !== 'count' && un.dim !== 'pair') concept = measureConcept(nt.value, un);
  }
  return concept !== null && cur.some((p) => productHas(cx.m, p, concept));
}

/** Products o and p are of one kind (a head word in common) and p's name has a size word ("nhỏ", "to") that o's lacks. */
function sizedOtherwise(cx: ParseContext, o: number, p: number): boolean {
  return [...productHeadsOf(cx.m, o)].some((c) => productHeadsOf(cx.m, p).has(c)) && SIZE_ADJECTIVES.some((w) => productHas(cx.m, p, w) && !productHas(cx.m, o, w));
}
