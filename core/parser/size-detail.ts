/**
 * "cho e 2 doi dep coi quai cheo size 36", "Giày vải nam quai dán sz 42 hai đôi": a shoe or clothes size said for
 * goods the shop lists with no sizes is a detail of the order for the household that makes them (kept with the
 * customer's words), not a product the shop lacks. Only a numbered size after "size"/"sz"/"cỡ" (a letter size may
 * mean a big or small one of goods sold by measure), when none of the products named so far comes in sizes and no
 * product sold in that very size shares a word the customer said ("giay cham size 39" beside "Giày vải bata trắng
 * size 39": that shoe may be meant, so the reading asks).
 */
import { SIZE_IN_NAME, hasKind, isProductUnit, plainConcept, productConcepts, productHas, productsOf } from './matcher.ts';
import type { Matcher } from './matcher-index.ts';
import { LETTER_SIZES } from './lexicon.ts';
import type { ConceptHit } from './matcher.ts';
import type { ParseContext } from './context.ts';

/** `hits`: the phrase's words so far; `concept`: the size said ("sz:36", "m"). */
export function sizeIsDetail(cx: ParseContext, cur: readonly number[] | null, hits: readonly ConceptHit[], concept: string): boolean {
  if (cur === null || !concept.startsWith('sz:')) return false;
  // (Only after words read as written, "size L" is no "siêu …" product, and naming more than a classifier: "1 bộ size
  // 165" names no goods.)
  const words = hits.filter((h) => !isProductUnit(cx.m, plainConcept(h.concept)));
  if (words.length === 0 || hits.some((h) => h.weight < 1) || cur.some((p) => comesInSizes(cx.m, p))) return false;
  // (Nor a number the names of such products carry otherwise: "thớt tròn size 40" beside "Thớt tròn 40cm".)
  const n = concept.slice(concept.indexOf(':') + 1);
  if ([concept, `len:${n}`, `num:${n}`, `#${n}`].some((c) => productsOf(cx.m, c).some((o) => hits.some((h) => productHas(cx.m, o, h.concept))))) return false;
  // (Nor where the words said, classifiers aside, fit goods sold in sizes: "bộ áo dài lụa size 11" beside "Áo dài … vải
  // lụa size 6", when the sizes stop at 10, is a size the shop lacks: ask.)
  return !cx.m.products.some((_, p) => comesInSizes(cx.m, p) && words.every((h) => productHas(cx.m, p, h.concept)));
}

/**
 * Product p comes in sizes the catalog tells apart: a numbered or letter size among its words, or a name that speaks
 * of sizes. ("Dép cói quai chéo nữ", "Áo thun trơn màu trắng": listed with no sizes.)
 */
function comesInSizes(m: Matcher, p: number): boolean {
  return hasKind(productConcepts(m, p), 'sz:') || [...LETTER_SIZES].some((l) => productHas(m, p, l)) || SIZE_IN_NAME.test(m.products[p]!.name);
}
