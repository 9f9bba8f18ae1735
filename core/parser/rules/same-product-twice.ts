/**
 * "1 nón vẽ hoa mai với 1 nón vẽ sen", "1 hộp quà Tết và 1 set quà Trung thu": two items of one list, described
 * differently, that the reading put on the same product. A customer who lists two things means two things; one of
 * them is a product the shop does not sell (or a sibling the words did not tell apart). Summing them would put the
 * wrong goods in the cart: the later one asks. Not when the message orders more of it ("thêm … nữa"), corrects
 * itself, or names it again with the same words.
 */
import { isStop, isWord, lookup } from '../context.ts';
import type { Line, NounPhrase, ParseContext } from '../context.ts';
import { COMMON, FILLERS } from '../lexicon.ts';
import { isVietnameseSyllable } from '../normalize.ts';
import { UNITS } from '../numbers.ts';
import type { Doubt, ReviewRule } from './rule.ts';

function concepts(line: Line): string {
  return [...new Set((line.np?.hits ?? []).map((h) => h.concept))].sort().join(' ');
}

/** A word right after the phrase that the catalog does not know and that is no grammar word. */
function unknownAfter(cx: ParseContext, np: NounPhrase): boolean {
  const t = cx.ts[np.end];
  return isWord(t) && !/\d/.test(t.low) && lookup(cx, np.end) === null && !isStop(cx, t) && !FILLERS.has(t) && !COMMON.has(t) &&
    UNITS.get(t) === undefined && isVietnameseSyllable(t.fold);
}

export const sameProductTwice: ReviewRule = {
  name: 'same-product-twice',
  why: 'two items of a list described differently cannot be one product',
  review(cx: ParseContext, line: Line): Doubt | null {
    if (line.implied || !line.np || line.np.each) return null;
    if (cx.clauses.some((c) => c.more || c.cancel || c.only) || cx.events.some((e) => e.t === 'CORR')) return null;
    const k = cx.lines.indexOf(line);
    const earlier = cx.lines.slice(0, k).find((l) => l.product === line.product && !l.implied && l.np && l.np !== line.np);
    if (earlier === undefined) return null;
    if (concepts(earlier) === concepts(line) && !unknownAfter(cx, line.np)) return null;
    // One phrase inside the other ("khăn đỏ" after "khăn lụa đỏ") is the same thing said shorter.
    const a = new Set(earlier.np!.hits.map((h) => h.concept));
    const b = new Set(line.np.hits.map((h) => h.concept));
    // ... unless a word the catalog does not know follows one of them ("trà gừng chanh", "hộp quà phú quý").
    const more = unknownAfter(cx, earlier.np!) || unknownAfter(cx, line.np);
    if (!more && ([...b].every((c) => a.has(c)) || [...a].every((c) => b.has(c)))) return null;
    return { reason: 'a second item of the list, described differently, fell on the same product', candidates: [] };
  },
};
