/**
 * "diều rồng loại dài nhất", "cho 2 cần carbon loại ngắn nhất", "1 bình gốm cao nhất", "tranh sen lớn nhất": siblings
 * that differ by one measure (a length, a size, a volume, the two sides of a picture), and the customer asks for the
 * longest or the shortest. The candidate with the largest (or smallest) value of that measure, when every candidate
 * carries exactly one value of it. "loại rẻ nhất" / "đắt nhất": the cheapest (dearest) of them, by the shop's price.
 */
import { WordSet } from './lexicon.ts';
import { isWord } from './context.ts';
import type { Mention, ParseContext } from './context.ts';
import { productConcepts } from './matcher.ts';

export const LARGEST = new WordSet(['dài', 'cao', 'to', 'lớn', 'rộng', 'nặng', 'bự', 'longest', 'biggest', 'largest', 'tallest']);
export const SMALLEST = new WordSet(['ngắn', 'thấp', 'nhỏ', 'bé', 'hẹp', 'nhẹ', 'shortest', 'smallest']);
export const CHEAPEST = new WordSet(['rẻ', 'cheapest']);
export const DEAREST = new WordSet(['đắt', 'mắc']);
export const MOST = new WordSet(['nhất', 'nhat']);
const KINDS = ['len', 'sz', 'vol', 'mass', 'num', 'dim'];

/** A superlative at i ("lớn nhất", "rẻ nhất", "cheapest"): it picks among what the phrase names, it names nothing. */
export function superlativeAt(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i];
  return (LARGEST.has(t) || SMALLEST.has(t) || CHEAPEST.has(t) || DEAREST.has(t)) && (MOST.has(cx.ts[i + 1]) || t?.low === 'cheapest');
}

/**
 * The value of a measure concept: a number, or the area of "dim:40x60". (Not a box's three sides, "20x15x10": the
 * smallest of boxes of other shapes is for the customer to say.)
 */
function valueOf(kind: string, concept: string): number {
  const v = concept.slice(kind.length + 1);
  if (kind !== 'dim') return Number(v);
  const sides = v.split('x');
  return sides.length === 2 ? Number(sides[0]) * Number(sides[1]) : NaN;
}

export function superlative(cx: ParseContext, m: Mention, candidates: readonly number[]): number | null {
  const c = cx.curClause;
  const end = c !== null ? c.end : m.np.end + 4;
  let want: 1 | -1 | 0 = 0;
  let price = false;
  for (let j = m.np.start; j < end; j++) {
    const t = cx.ts[j];
    if (!isWord(t) || !superlativeAt(cx, j)) continue;
    price = CHEAPEST.has(t) || DEAREST.has(t);
    want = LARGEST.has(t) || DEAREST.has(t) ? 1 : -1;
  }
  if (want === 0) return null;
  if (price) {
    const prices = candidates.map((p) => cx.m.products[p]!.price);
    const best = want === 1 ? Math.max(...prices) : Math.min(...prices);
    return prices.filter((v) => v === best).length === 1 ? candidates[prices.indexOf(best)]! : null;
  }
  for (const kind of KINDS) {
    const values = candidates.map((p) => {
      const vs = [...productConcepts(cx.m, p)].filter((x) => x.startsWith(`${kind}:`)).map((x) => valueOf(kind, x));
      return vs.length === 1 && Number.isFinite(vs[0]) ? vs[0]! : null;
    });
    if (values.some((v) => v === null)) continue;
    const best = want === 1 ? Math.max(...(values as number[])) : Math.min(...(values as number[]));
    const at = values.filter((v) => v === best);
    if (at.length === 1) return candidates[values.indexOf(best)]!;
  }
  return null;
}
