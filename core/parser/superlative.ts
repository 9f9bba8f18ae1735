/**
 * "diều rồng loại dài nhất", "cho 2 cần carbon loại ngắn nhất", "1 bình gốm cao nhất", "tranh sen lớn nhất": siblings
 * that differ by one measure (a length, a size, a volume, the two sides of a picture), and the customer asks for the
 * longest or the shortest. The candidate with the largest (or smallest) value of that measure, when every candidate
 * carries exactly one value of it. "loại rẻ nhất" / "đắt nhất": the cheapest (dearest) of them, by the shop's price.
 */
import { WordSet } from './lexicon.ts';
import { isWord, lookup } from './context.ts';
import type { Mention, ParseContext } from './context.ts';
import { productConcepts, productHas } from './matcher.ts';

export const LARGEST = new WordSet(['dài', 'cao', 'to', 'lớn', 'rộng', 'nặng', 'bự', 'longest', 'biggest', 'largest', 'tallest']);
export const SMALLEST = new WordSet(['ngắn', 'thấp', 'nhỏ', 'bé', 'hẹp', 'nhẹ', 'shortest', 'smallest']);
export const CHEAPEST = new WordSet(['rẻ', 'cheapest']);
export const DEAREST = new WordSet(['đắt', 'mắc']);
export const MOST = new WordSet(['nhất', 'nhat']);
/** The kinds of measure a name may carry, by which sizes compare. */
export const MEASURE_KINDS = ['len', 'sz', 'vol', 'mass', 'num', 'dim'];

/** A superlative at i ("lớn nhất", "rẻ nhất", "cheapest"): it picks among what the phrase names, it names nothing. */
export function superlativeAt(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i];
  return (LARGEST.has(t) || SMALLEST.has(t) || CHEAPEST.has(t) || DEAREST.has(t)) && (MOST.has(cx.ts[i + 1]) || t?.low === 'cheapest');
}

/** Size words said bare after goods ("sake mio nhỏ", "cây tiền to"): the smaller or bigger of two siblings. */
const BARE_SIZE = new WordSet(['to', 'lớn', 'nhỏ']);
/** Words that may stand between the goods and their bare size: "loại to", "cỡ nhỏ". */
const SIZE_LEADS = new WordSet(['loại', 'cỡ', 'size', 'kiểu']);
/** Words after a size word that compare or estimate rather than pick: "to hơn", "nhỏ cỡ …", "lớn khoảng …". */
const MORE_THAN = new WordSet(['hơn', 'cỡ', 'khoảng', 'tầm']);

/**
 * A bare size word at i that no name of the catalog carries, closing what names the goods ("trà lài gói to 1 gói"):
 * it picks between two siblings by their measure, it names nothing. Nor does one that only other goods than those
 * read so far (`cur`) carry in their names ("giò lụa loại to" at a shop that sells "Bánh chưng to").
 */
export function sizeWordAt(cx: ParseContext, i: number, cur: readonly number[] | null = null): boolean {
  const t = cx.ts[i];
  const next = cx.ts[i + 1];
  // (Not before a measure or a comparison, "nhỏ 500ml", "to 80x120", "cỡ to hơn": those say the size themselves.)
  if (isWord(next) && (/^\d/.test(next.low) || MORE_THAN.has(next))) return false;
  if (cx.en || !BARE_SIZE.has(t) || MOST.has(next) || lookup(cx, i + 1) !== null) return false;
  // ("Please send 2 lọ gốm to Hue": "to" before a name is the English word.)
  if (t!.fold === 'to' && isWord(next) && next.cap) return false;
  const h = lookup(cx, i);
  return h === null || (cur !== null && cur.length > 0 && !cur.some((p) => productHas(cx.m, p, h.concept)));
}

/** A bare size word right after the goods, or after "loại" / "cỡ": 1 for the bigger, -1 for the smaller, 0 for none. */
export function sizeWordAfter(cx: ParseContext, end: number, cur: readonly number[] | null = null): 1 | -1 | 0 {
  const at = SIZE_LEADS.has(cx.ts[end]) ? end + 1 : end;
  if (!sizeWordAt(cx, at, cur)) return 0;
  return LARGEST.has(cx.ts[at]) ? 1 : -1;
}

/**
 * "1 bình gas du lịch loại to" of the one travel stove: a bigger or smaller one than the shop sells, to ask about;
 * not of a product its letter size names, "zz plant size lớn" of the L pot.
 */
export function otherSizeOfOne(cx: ParseContext, end: number, candidates: readonly number[]): boolean {
  const bare = candidates.length === 1 ? sizeWordAfter(cx, end, candidates) : 0;
  return bare !== 0 && !productHas(cx.m, candidates[0]!, bare === 1 ? 'l' : 's');
}

/**
 * The value of a measure concept: a number, or the area of "dim:40x60". (Not a box's three sides, "20x15x10": the
 * smallest of boxes of other shapes is for the customer to say.)
 */
export function valueOf(kind: string, concept: string): number {
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
  // ("sake mio nhỏ" beside bottles of 300 and 750 ml: said bare, between two siblings only.)
  if (want === 0 && candidates.length === 2) want = sizeWordAfter(cx, m.np.end, candidates);
  // ("1 cái đèn thả khắc lỗ loại vừa" beside lamps of 20, 30 and 40 cm: the middle one of three.)
  if (want === 0 && candidates.length === 3 && mediumAfter(cx, m.np.end)) return middleOf(cx, candidates);
  if (want === 0) return null;
  if (price) {
    const prices = candidates.map((p) => cx.m.products[p]!.price);
    const best = want === 1 ? Math.max(...prices) : Math.min(...prices);
    return prices.filter((v) => v === best).length === 1 ? candidates[prices.indexOf(best)]! : null;
  }
  for (const kind of MEASURE_KINDS) {
    const values = valuesOf(cx, kind, candidates);
    if (values.some((v) => v === null)) continue;
    const best = want === 1 ? Math.max(...(values as number[])) : Math.min(...(values as number[]));
    const at = values.filter((v) => v === best);
    if (at.length === 1) return candidates[values.indexOf(best)]!;
  }
  return null;
}

/** "vừa", "trung" (medium), "nhỡ" said bare after the goods, or after "loại" / "cỡ": the middle size. */
const MEDIUM = new WordSet(['vừa', 'trung', 'nhỡ', 'medium']);

function mediumAfter(cx: ParseContext, end: number): boolean {
  const at = SIZE_LEADS.has(cx.ts[end]) ? end + 1 : end;
  const t = cx.ts[at];
  const next = cx.ts[at + 1];
  // (Not "vừa vừa thôi", about medium, nor "vừa 500ml", a size said.)
  if (!isWord(t) || !MEDIUM.has(t) || lookup(cx, at) !== null) return false;
  return !isWord(next) || (!MEDIUM.has(next) && !/^\d/.test(next.low) && lookup(cx, at + 1) === null);
}

/** The middle one of three candidates by the one measure each carries once, all three different; else null. */
function middleOf(cx: ParseContext, candidates: readonly number[]): number | null {
  for (const kind of MEASURE_KINDS) {
    const values = valuesOf(cx, kind, candidates);
    if (values.some((v) => v === null) || new Set(values).size !== 3) continue;
    const sorted = [...(values as number[])].sort((a, b) => a - b);
    return candidates[values.indexOf(sorted[1]!)]!;
  }
  return null;
}

/** Each candidate's one value of a measure kind, or null where it carries none or several. */
function valuesOf(cx: ParseContext, kind: string, candidates: readonly number[]): (number | null)[] {
  return candidates.map((p) => {
    const vs = [...productConcepts(cx.m, p)].filter((x) => x.startsWith(`${kind}:`)).map((x) => valueOf(kind, x));
    return vs.length === 1 && Number.isFinite(vs[0]) ? vs[0]! : null;
  });
}
