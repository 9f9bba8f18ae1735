/**
 * Matching a customer's words against the catalog: the queries over the index that buildMatcher makes
 * (catalog-index.ts) — which products a concept names, how a word of a message reads in this catalog
 * (typos, missing diacritics, synonyms), and which products a phrase's concepts resolve to.
 */
import { fold, singulars } from './normalize.ts';
import type { Token } from './normalize.ts';
import { SET_WORDS } from './lexicon.ts';
import { CONTAINERS } from './numbers.ts';
import type { Unit } from './numbers.ts';
import { INDEX } from './matcher-index.ts';
import type { ConceptHit, Matcher, MatcherIndex } from './matcher-index.ts';

export { buildMatcher } from './catalog-index.ts';
export type { ConceptHit, Matcher } from './matcher-index.ts';

function ix(m: Matcher): MatcherIndex {
  return m[INDEX];
}

/** The unit each product is sold in. */
export function unitOf(m: Matcher, p: number): Unit {
  return ix(m).units[p]!;
}

/** The sku of product index p. */
export function skuOf(m: Matcher, p: number): string {
  return ix(m).skus[p]!;
}

/** Indices of the products whose words contain the concept (empty if none). */
export function productsOf(m: Matcher, concept: string): readonly number[] {
  return ix(m).conceptProducts.get(concept) ?? EMPTY;
}
const EMPTY: readonly number[] = [];

/** True when the concept can open a product phrase (a head noun, a sku). */
export function isHead(m: Matcher, concept: string): boolean {
  return ix(m).heads.has(concept);
}

/**
 * True when the container word heads only aliases of products sold by something else: "chai lăn tràm" for a roll-on
 * sold by the cây, in a shop that sells its oils by the chai. No product's own name opens with it.
 */
export function headsOnlyAliasesOfOthers(m: Matcher, concept: string, unitKey: string): boolean {
  const x = ix(m);
  if (x.nameHeads.has(plainConcept(concept))) return false;
  const headed = productsOf(m, concept).filter((p) => x.productHeads[p]!.has(concept));
  return headed.length > 0 && headed.every((p) => x.units[p]!.key !== unitKey);
}

/**
 * True when a set word heads a name or alias of product p ("Bộ ấm chén", "Set quà", "Combo …"), spelled as one:
 * "Dầu gội bồ kết" folds to "bo" too, but the catalog spells it "bồ".
 */
export function headsSet(m: Matcher, p: number): boolean {
  const heads = ix(m).productHeads[p]!;
  return SET_WORDS.some(([w, spelled]) => heads.has(w) && ![...heads].some((h) => h.startsWith(`${w}~`) && h !== `${w}~${spelled}`));
}

/** True when the concept heads a name or alias of product p (its first content word or word pair). */
export function headsProduct(m: Matcher, p: number, concept: string): boolean {
  return ix(m).productHeads[p]!.has(concept);
}

/** True when the concept is a colour or size that distinguishes products. */
export function isAttr(m: Matcher, concept: string): boolean {
  return ix(m).attrs.has(concept);
}

/**
 * How many spellings of a folded word the catalog writes as words, leaving out the word typed bare in an alias with
 * no diacritics ("binh phun 8l" beside "Bình phun …").
 */
export function wordSpellingCount(m: Matcher, folded: string): number {
  const x = ix(m);
  const sp = x.spellings.get(folded);
  if (sp === undefined) return 0;
  return sp.has(folded) && !x.writtenWithMarks.has(folded) ? sp.size - 1 : sp.size;
}

/** True when a catalog name or alias writes the word exactly so (with or without its diacritics). */
export function spelledAs(m: Matcher, low: string): boolean {
  return ix(m).spellings.get(fold(low))?.has(low) ?? false;
}

/** How many catalog concepts two products' names and aliases share (for telling siblings apart). */
export function sharedConcepts(m: Matcher, a: number, b: number): number {
  const x = ix(m);
  let n = 0;
  for (const c of x.productConcepts[a]!) if (x.productConcepts[b]!.has(c)) n++;
  return n;
}

/** The head concepts of a product's name and aliases. */
export function productHeadsOf(m: Matcher, p: number): ReadonlySet<string> {
  return ix(m).productHeads[p]!;
}

/** True when product p names a size of this kind ("len", "mass") in its name, e.g. "Chiếu cói 1m6". */
export function hasMeasureKind(m: Matcher, p: number, kind: string): boolean {
  return ix(m).measureKinds[p]!.has(kind);
}

/** True when the concept is written capitalized inside a product name (a place or maker, not a variant). */
export function isProperNoun(m: Matcher, concept: string): boolean {
  return ix(m).properNouns.has(concept);
}

/** True when the (folded) word is the unit some product is sold in ("chai" in a shop selling bottles). */
export function isProductUnit(m: Matcher, f: string): boolean {
  return ix(m).unitWords.has(f);
}

/** Some product is sold by a count named by this (folded) word ("phần" for "phan", as opposed to "phân", centimetres). */
export function soldByCountWord(m: Matcher, f: string): boolean {
  return ix(m).countUnits.has(f);
}

/**
 * The word as written is some product's unit: folded alike is not enough when it has diacritics ("bố", father, is
 * not "bộ", a set).
 */
export function isProductUnitWord(m: Matcher, t: Token): boolean {
  if (!ix(m).unitWords.has(t.fold)) return false;
  // ("dôi" for "đôi": a dropped stroke on the đ is a slip of the same word.)
  return !t.accented || ix(m).unitSpellings.has(t.low.replace(/đ/g, 'd'));
}

/** True when some product names a size or grade of this kind in its name. */
export function anyHasMeasureKind(m: Matcher, kind: string): boolean {
  return ix(m).allKinds.has(kind);
}

/**
 * The content words that follow the concept directly in some name or alias of product p ("khô cá lóc": after "cá"
 * comes "lóc"), skipping places and makers written capitalized.
 */
export function wordsAfter(m: Matcher, p: number, concept: string): string[] {
  const x = ix(m);
  const out: string[] = [];
  for (const seq of x.nameSeqs[p]!) {
    for (let k = 0; k + 1 < seq.length; k++) {
      const n = seq[k + 1]!;
      if (seq[k] === concept && n !== '' && !x.properNouns.has(n) && !x.attrs.has(n) && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

/** Some name or alias of product p has all its content words (places and makers aside) among the said concepts. */
export function namedFully(m: Matcher, p: number, said: ReadonlySet<string>): boolean {
  const x = ix(m);
  for (const seq of x.nameSeqs[p]!) {
    let any = false;
    let all = true;
    for (const c of seq) {
      if (c === '' || x.properNouns.has(c)) continue;
      any = true;
      if (!said.has(c)) {
        all = false;
        break;
      }
    }
    if (any && all) return true;
  }
  return false;
}

/**
 * The words said name every word of one of p's names but places and names ("Mạch nha Quảng Ngãi hũ 300g" by "hũ mạch
 * nha 300g"), comparing words as written, whatever their spelling mark, and a number of the name by its measure.
 */
export function namesAllButPlaces(m: Matcher, p: number, said: readonly string[]): boolean {
  const x = ix(m);
  const plain = new Set(said.map(plainConcept));
  const measures = said.filter((c) => c.includes(':')).map((c) => c.slice(c.indexOf(':') + 1));
  return x.nameSeqs[p]!.some((seq) =>
    seq.every((c) => c === '' || x.properNouns.has(c) || plain.has(plainConcept(c)) || (c.startsWith('#') && measures.includes(c.slice(1)))));
}

/**
 * Among the candidates (product `from` aside), the one sharing most concepts with `from`: the sibling a correction or
 * a change means. Null when there is none, or when two share as much.
 */
export function closestTo(m: Matcher, from: number, candidates: Iterable<number>): number | null {
  let best: number | null = null;
  let bestShared = -1;
  let tie = false;
  for (const p of candidates) {
    if (p === from) continue;
    const shared = sharedConcepts(m, p, from);
    if (shared > bestShared) {
      best = p;
      bestShared = shared;
      tie = false;
    } else if (shared === bestShared) tie = true;
  }
  return tie ? null : best;
}

/** Every concept of product p (its words, word pairs and name attributes). */
export function productConcepts(m: Matcher, p: number): ReadonlySet<string> {
  return ix(m).productConcepts[p]!;
}

/** The single-word concepts and attributes of product p's own name (no aliases, no word pairs). */
export function nameConcepts(m: Matcher, p: number): ReadonlySet<string> {
  return ix(m).nameConcepts[p]!;
}

/** Product p's aliases, each as its single-word concepts and attributes in the order written. */
export function aliasConcepts(m: Matcher, p: number): readonly (readonly string[])[] {
  return ix(m).aliasConcepts[p]!;
}

/** Some of the products have the concept and some do not: it tells them apart. */
export function tellsApart(m: Matcher, concept: string, products: readonly number[]): boolean {
  const own = ix(m).productConcepts;
  let some = false;
  let all = true;
  for (const p of products) {
    if (own[p]!.has(concept)) some = true;
    else all = false;
  }
  return some && !all;
}

/** True when product p has the concept. */
export function productHas(m: Matcher, p: number, concept: string): boolean {
  return ix(m).productConcepts[p]!.has(concept);
}

/** The outcome of resolving a phrase: the products that fit best, and whether a named attribute fits none. */
export interface Resolution {
  candidates: number[];
  conflict: boolean;
}

/**
 * Resolves the concepts of one phrase to the products that contain the most of them, preferring products
 * sold in a unit compatible with the quantity's; a colour or size no candidate has makes it fit nothing.
 */
export function resolveConcepts(
  m: Matcher,
  hits: readonly ConceptHit[],
  unit: Unit | null,
  unknownAttr: boolean,
  head: string | null = hits[0]?.concept ?? null,
): Resolution {
  const x = ix(m);
  const scores = x.scratch;
  const touched: number[] = [];
  for (const h of hits) {
    const list = x.conceptProducts.get(h.concept);
    if (!list) continue;
    // "chè Thái" for "Thái Nguyên": a piece of a place name alone tells apart nothing that place's products share.
    if (x.properParts.has(h.concept) && !hits.some((o) => o !== h && x.properNouns.has(o.concept))) continue;
    for (const p of list) {
      if (scores[p] === 0) touched.push(p);
      scores[p]! += h.weight;
    }
  }
  let best = 0;
  for (const p of touched) if (scores[p]! > best) best = scores[p]!;
  let candidates: number[] = [];
  for (const p of touched) {
    if (scores[p]! >= best - 1e-9) candidates.push(p);
    scores[p] = 0;
  }
  candidates.sort((a, b) => a - b);
  // The phrase's head noun ("bát", "bowl") names the kind of product: on a tie, prefer the products it heads
  // over those where the same word is a modifier or a place ("Ấm chén Bát Tràng").
  // "2 hộp trà" when two teas come boxed, one named "Trà sen" and one "Hộp trà nhài": a container fits both;
  // that only one of them is headed by "trà" does not tell them apart.
  const allFit = unit && unit.dim === 'count' && unit.key !== 'cai' && unit.key !== 'chiec' && candidates.length > 1 ? candidates.filter((p) => unitFits(x.units[p]!, unit!)) : [];
  if (head !== null && candidates.length > 1) {
    const headed = candidates.filter((p) => x.productHeads[p]!.has(head));
    // ("1 xấp lợn" where "Lợn" heads paintings and names a pattern of envelopes sold by the xấp: the unit decides.)
    // ("postcard hà nội 1 bộ" where the single card is headed by "postcard" and the set of ten only names it: a set word
    // decides as a container does.)
    // ("1 đôi áo gối trắng" beside "Đôi áo gối … (2 chiếc)", sold by the pair, and the single case: a pair word too.)
    const unitOnlyElsewhere = unit !== null && ((unit.dim === 'count' && (CONTAINERS.hasText(unit.key) || SET_WORDS.some(([f]) => f === unit.key))) || unit.dim === 'pair') &&
      !headed.some((p) => unitFits(x.units[p]!, unit)) && candidates.some((p) => unitFits(x.units[p]!, unit));
    // ("10 hũ sữa chua nếp cẩm" when the jar of 100 ml and the litre jar are both sold by the hũ and an alias of the
    // litre jar opens "hũ lít …": the container the goods named come in heads neither more than the other. A phrase of
    // the container and a size only, "hộp 20 túi", still goes by what its words head.)
    const soldInHead = hits.some((h) => h.concept !== head && !h.concept.includes(':')) && headed.every((p) => x.units[p]!.key === head) &&
      candidates.some((p) => !headed.includes(p) && x.units[p]!.key === head);
    if (headed.length > 0 && !unitOnlyElsewhere && !soldInHead) candidates = headed;
  }
  if (unit && candidates.length > 1) {
    const fit = candidates.filter((p) => unitFits(x.units[p]!, unit!));
    if (fit.length > 0) candidates = fit;
    // ("1kg sợi bánh canh" beside a topping sold by the portion and nothing sold by the kilogram: the bag of 500 g.)
    else if (unit.dim === 'mass' || unit.dim === 'volume') {
      const packed = candidates.filter((p) => x.packs[p]!.has(unit.dim));
      if (packed.length > 0) candidates = packed;
    }
  }
  if (allFit.length > 1 && candidates.length < allFit.length && candidates.every((p) => allFit.includes(p))) candidates = allFit;
  let conflict = unknownAttr;
  for (const h of hits) {
    // A colour, size, dimension, count or grade the customer named that the best products lack ("nhẫn hoa sen ni
    // 12" when only the plain ring comes in 12): the words do not fit one product, so the reading must ask.
    if (candidates.some((p) => x.productConcepts[p]!.has(h.concept))) continue;
    // ("mũi nhọn đen 7 phân size 37" where the shoes are listed with no sizes: a size none of them is sold by tells
    // nothing apart; it is a detail of the order for the shop, kept with the customer's words.)
    // (Not where a name speaks of sizes the index keeps no value of: "túi sỉ 10 đôi, mix size 39-43".)
    if (h.concept.startsWith('sz:') && candidates.length > 0 && !candidates.some((p) => hasKind(x.productConcepts[p]!, 'sz:') || SIZE_IN_NAME.test(m.products[p]!.name))) continue;
    // ("dép tổ ong trắng size 40" of "Dép tổ ong màu trắng (size 36-44)": a size in the range a name gives fits it; the
    // candidates whose range holds it are meant.)
    if (h.concept.startsWith('sz:')) {
      const fit = candidates.filter((p) => inSizeRange(m, p, h.concept));
      if (fit.length > 0) {
        candidates = fit;
        continue;
      }
    }
    // (A colour said with its spelling mark, "trắng" read as the spelling "trang~trắng", is that colour too.)
    if (x.attrs.has(h.concept) || x.attrs.has(plainConcept(h.concept)) || /^(num|sz|dim|na):/.test(h.concept)) conflict = true;
    // Siblings decide by their differences: a word the customer wrote that tells the best product's siblings apart
    // ("tranh hứng dừa khổ A4" when only the other prints come in A4) and that the best product lacks.
    else if (h.weight >= 1 && candidates.length > 0 && siblingsHave(x, candidates, h.concept) &&
      !singulars(h.concept).some((s) => candidates.some((p) => x.productConcepts[p]!.has(s)))) conflict = true;
  }
  return { candidates, conflict };
}

/** Product p's name gives a range of sizes ("size 36-44") that holds the size said ("sz:40"). */
export function inSizeRange(m: Matcher, p: number, size: string): boolean {
  const n = Number(size.slice(3));
  for (const c of ix(m).productConcepts[p]!) {
    if (!c.startsWith('range:sz:')) continue;
    const [a, b] = c.slice(9).split('-').map(Number);
    if (a! <= n && n <= b!) return true;
  }
  return false;
}

/** A name that speaks of sizes ("mix size 39-43", "cỡ S–XL"). */
export const SIZE_IN_NAME = /(?<!\p{L})(size|sz|cỡ)(?!\p{L})/iu;

/** The product has a concept of this kind ("sz:"). */
export function hasKind(concepts: ReadonlySet<string>, kind: string): boolean {
  for (const c of concepts) if (c.startsWith(kind)) return true;
  return false;
}

/** Unit keys of classifiers that count single pieces, whatever the goods. */
const PIECE_KEYS = new Set(['cai', 'chiec']);

/** A concept without the spelling mark the catalog adds where two words fold alike ("do~dộ" → "do"). */
export function plainConcept(concept: string): string {
  return concept.replace(/~.*$/, '');
}

/** The concept names a variant rather than a kind of thing: a listed colour or letter size, a size, measure, grade or lack. */
export function namesVariant(m: Matcher, concept: string): boolean {
  return isAttr(m, concept) || /^(num|sz|len|mass|vol|dim|na|no):/.test(concept);
}

/** Some product sharing a head noun with one of the products has the concept: a word that can tell them apart. */
export function siblingHas(m: Matcher, products: readonly number[], concept: string): boolean {
  return siblingsHave(ix(m), products, concept);
}

/** Some product sharing a head noun with the candidates has the concept. */
function siblingsHave(x: MatcherIndex, candidates: readonly number[], concept: string): boolean {
  const owners = x.conceptProducts.get(concept);
  if (!owners) return false;
  for (const o of owners) {
    for (const c of candidates) for (const h of x.productHeads[c]!) if (x.productHeads[o]!.has(h)) return true;
  }
  return false;
}

/** Normalized product-code form of a word (for tests and diagnostics). */
export function skuKey(word: string): string {
  return fold(word.toLowerCase()).replace(/[-_\s]/g, '');
}

/** Whether a product sold by `pu` is counted by `unit` (module-level: a closure per resolve showed in profiles). */
/** Product p is sold by the unit (a count of its own word, or a measure of its kind). */
export function sellsBy(m: Matcher, p: number, unit: Unit): boolean {
  return unitFits(ix(m).units[p]!, unit);
}

function unitFits(pu: Unit, unit: Unit): boolean {
  // ("2 cái bánh bao" of one sold by the "chiếc" beside its box: both words count single pieces.)
  if (unit.dim === 'count') return pu.dim === 'count' && (pu.key === unit.key || (PIECE_KEYS.has(pu.key) && PIECE_KEYS.has(unit.key)));
  return pu.dim === unit.dim;
}

/** A word some range in the catalog's names counts ("tuổi" of "(3-6 tuổi)", "người" of "(2-3 người)"). */
export function isRangeWord(m: Matcher, fold: string): boolean {
  return ix(m).rangeWords.has(fold);
}

/**
 * The products in both lists, in order. The catalog's product lists are sorted by product index (catalog-index.ts adds
 * products in order), so one pass over both does, where filtering one by the other cost a scan per product.
 */
export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}
