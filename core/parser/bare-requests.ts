/**
 * Products named with no amount that still order one: a message that is a product's whole name, a product asked for
 * with a request particle ("set trung thu nhé shop"), a code typed alone ("BH-LAM-40"), or bare names joined by "+"
 * with a phone ("áo phao nữ trắng m + áo phao nữ đen m, sđt …"). Used by bind.ts for a phrase with no quantity.
 */
import { CHO, PARTICLES, PRONOUNS, WordSet } from './lexicon.ts';
import { UNITS, readNumberToken } from './numbers.ts';
import { ParseContext, isWord, lookup } from './context.ts';
import type { Clause, NounPhrase } from './context.ts';
import { isProductUnitWord, productHas, productsOf, resolveConcepts, unitOf } from './matcher.ts';

/** Particles that make a bare product a request ("set trung thu nhé shop", "chiếu trơn 1m6 nha"). */
export const REQUEST = new WordSet(['nhé', 'nhe', 'nha', 'nhá', 'giúp', 'với', 'please', 'pls', 'plz']);

/**
 * A clause that is a product and nothing else but particles, a pronoun or "shop", asking ("… nhé") or a code typed
 * alone ("BH-LAM-40"): one of it is ordered, as a product named without a number is one.
 */
export function requested(cx: ParseContext, c: Clause, np: NounPhrase): boolean {
  if (c.dead || c.hardQ || c.softQ) return false;
  // ("bánh canh cua tô nhỏ", "nửa vịt": a message that is a product's name and nothing else orders one of it.)
  // (Not when a count stands in it: "3 bánh xà bông nghệ" says how many; a count the one product's
  // own name carries is a word of that name, "Lõi số 3 than nén CTO 10 inch".)
  const wholeName = np.start === c.start && np.end === c.end && np.hits.length >= 2 && !/^\d/.test(cx.ts[np.start]!.low) &&
    (!np.hits.some((h) => h.concept.startsWith('na:')) || countOfItsName(cx, np));
  let asks = (np.hits.some((h) => h.concept.startsWith('sku:')) && np.end - np.start === 1) || wholeName;
  for (let j = c.start; j < c.end; j++) {
    if (j >= np.start && j < np.end) continue;
    const t = cx.ts[j];
    if (!isWord(t)) continue;
    if (REQUEST.has(t)) asks = true;
    else if (!PARTICLES.has(t) && !PRONOUNS.has(t) && !CHO.has(t)) return false;
  }
  return asks && (cx.clauses.length === 1 || cx.clauses.every((o) => o === c || bareClause(cx, o)));
}


/** The phrase names one product, and each count in it ("10 inch") is one that product's name carries. */
function countOfItsName(cx: ParseContext, np: NounPhrase): boolean {
  const r = resolveConcepts(cx.m, np.hits, null, np.unknownAttr);
  if (r.conflict || r.candidates.length !== 1) return false;
  const p = r.candidates[0]!;
  // ("củ tulip 5 củ": a count of pieces closing the message says how many, though a bag of five is sold, when the
  // words before it name a product sold by that piece too; "Tã dán Bobby size NB 40 miếng", where no diaper is
  // sold by the "miếng", is the bag's whole name.)
  const last = cx.ts[np.end - 1];
  const n = cx.ts[np.end - 2]?.low ?? '';
  const counts = isWord(last) && (productHas(cx.m, p, `packword:${last.fold}`) || isProductUnitWord(cx.m, last) || UNITS.get(last)?.dim === 'count');
  if (counts && /^\d+$/.test(n)) {
    const named = resolveConcepts(cx.m, np.hits.filter((h) => !h.concept.startsWith('na:')), null, false).candidates;
    if (named.some((q) => unitOf(cx.m, q).key === last.fold)) return false;
  }
  return np.hits.every((h) => !h.concept.startsWith('na:') || productHas(cx.m, p, h.concept));
}

/** Labels of a phone number standing alone in a clause ("…, sđt 0972 345 677"). */
const PHONE_WORDS = new WordSet(['sđt', 'sdt', 'đt', 'dt', 'số', 'zalo', 'lh', 'tel', 'phone']);

/**
 * Another clause of a message of bare products ("áo phao nữ trắng m + áo phao nữ đen m", "áo gió nam đen L, sđt …"):
 * it holds only catalog words, particles, pronouns or a phone's label, and asks nothing.
 */
function bareClause(cx: ParseContext, c: Clause): boolean {
  if (c.dead || c.hardQ || c.softQ || c.verb || c.cancel) return false;
  for (let j = c.start; j < c.end; j++) {
    const t = cx.ts[j];
    if (!isWord(t)) continue;
    // ("sneaker đen 42 + sneaker trắng 42": a number the phrase read as its size is a word of it.)
    if (/^\d/.test(t.low) && !inPhrase(cx, j)) return false;
    if (lookup(cx, j) === null && !/^\d/.test(t.low) && !PARTICLES.has(t) && !PRONOUNS.has(t) && !PHONE_WORDS.has(t)) return false;
  }
  return true;
}

/**
 * Token j is a number right after a catalog word that names the product rather than counting it: a size some product
 * carries ("sneaker đen 42"), or a measure of products not sold by that measure ("xịt phòng chai 50ml", "tượng 30cm";
 * not "linen be 1m5" of cloth sold by the metre, where it may be the amount).
 */
function inPhrase(cx: ParseContext, j: number): boolean {
  if (lookup(cx, j - 1) === null) return false;
  // ("nến số 5 vàng, nến số 6 vàng": after "số" or "size", a number the names carry is the model's or the size's.)
  const lead = cx.ts[j - 1]!.fold;
  if ((lead === 'so' || lead === 'size') && /^\d+$/.test(cx.ts[j]!.low) &&
    (productsOf(cx.m, `num:${cx.ts[j]!.low}`).length > 0 || productsOf(cx.m, `sz:${cx.ts[j]!.low}`).length > 0)) return true;
  const nt = readNumberToken(cx.ts[j]!.low);
  if (nt.kind !== 'num') return false;
  if (nt.unit === null) return productsOf(cx.m, `sz:${nt.value}`).length > 0;
  const carriers = nt.measure !== null ? productsOf(cx.m, nt.measure) : [];
  return carriers.length > 0 && carriers.every((p) => unitOf(cx.m, p).dim !== nt.unit!.dim);
}
