/**
 * The catalog side of the parser: turns product names, aliases and sku codes into an index of
 * "concepts" (folded words, joined word pairs, sku codes, sizes and measures) and resolves a phrase
 * the customer wrote to the products that fit it.
 *
 * Why hand-written rather than an NLP library: chat orders from craft villages are short, mostly
 * written without diacritics, full of shop slang and typos, and their vocabulary is the catalog
 * itself. No offline Vietnamese NLP package knows "khăn đõ" is "Khăn lụa tơ tằm màu đỏ" or that
 * "1m5" is a quantity but "chiếu 1m6" is a size; a word-sense tokenizer would add weight and
 * latency without solving either. A small catalog index plus explicit grammar rules is faster,
 * predictable, and easy to extend per rule.
 */
import type { CatalogProduct } from '../catalog/types.ts';
import { ownName } from './catalog-names.ts';
import { fold, hasDiacritics, isVietnameseSyllable, singulars, tokenize, words } from './normalize.ts';
import type { Token } from './normalize.ts';
import { COLOURS, COMMON, GRADE_WORDS, LETTER_SIZES, NAME_STOP, SIZE_WORDS, SYNONYMS, letterGrade } from './lexicon.ts';
import { UNITS, measureConcept, productUnit, readDimension, readNumberToken } from './numbers.ts';
import type { Unit } from './numbers.ts';

const INDEX = Symbol('matcher-index');

/** Matching structures for one catalog, built once per catalog change by buildMatcher. Opaque to callers. */
export interface Matcher {
  readonly products: readonly CatalogProduct[];
  readonly [INDEX]: MatcherIndex;
}

/** A catalog concept a message word stands for, with how confidently (1 = exact). */
export interface ConceptHit {
  concept: string;
  weight: number;
}

interface MatcherIndex {
  units: Unit[];
  skus: string[];
  /** concept → indices of the products whose name, aliases or sku contain it */
  conceptProducts: Map<string, number[]>;
  productConcepts: Set<string>[];
  /** folded word → the lower-case spellings (with diacritics) the catalog uses */
  spellings: Map<string, Set<string>>;
  /** concepts that can open a product phrase (the head noun of a Vietnamese name) */
  heads: Set<string>;
  /** per product: its head concepts */
  productHeads: Set<string>[];
  /** per product: the measure kinds ("len", "mass", "dim", "na:do") that appear in its name as sizes or grades */
  measureKinds: Set<string>[];
  /** concepts written capitalized inside product names (places, makers) */
  properNouns: Set<string>;
  /** proper-noun words only ever written as part of a longer place or maker name ("thai" of "Thái Nguyên") */
  properParts: Set<string>;
  /** folded first words of the products' units ("chai", "can", "bức") */
  unitWords: Set<string>;
  /** measure kinds of any product */
  allKinds: Set<string>;
  /** per product: the amounts ("mass" in kg, "volume" in l) its name says one unit holds ("chai 500ml", "gói 200g") */
  packs: Map<string, Set<number>>[];
  /** colour and size concepts: a phrase naming one no candidate has fits nothing */
  attrs: Set<string>;
  /** folded sku without dashes → product index */
  skuIndex: Map<string, number>;
  /** customer word (folded) → catalog concept (English and regional synonyms) */
  synonyms: Map<string, string>;
  /** per product: its name and aliases as sequences of content concepts ('' for grammar words, numbers and sizes) */
  nameSeqs: string[][][];
  /** deletion neighbourhood (distance 1) of catalog words, for typos */
  typos: Map<string, string[]>;
  /** per-product score buffer reused by resolveConcepts (parsing is synchronous) */
  scratch: Float64Array;
}

const REGIONAL = new Set(['che', 'bop', 'non', 'mu', 'ly', 'coc', 'chen']);

/** A number that reads as a year in a product's name ("Lịch 2026", "Trà xuân 2025"). */
function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/** Builds the matching index for a catalog; call it again whenever the catalog changes. */
export function buildMatcher(products: CatalogProduct[]): Matcher {
  const texts = products.map((p) => [ownName(p.name), ...p.aliases].map((t) => Object.assign(words(t), { accented: hasDiacritics(t) })));
  const stopIn = (low: string, ws: { accented: boolean }): boolean => NAME_STOP.hasCatalogText(low, ws.accented);
  // Pass 1: the catalog's own words and joined word pairs, to know which synonyms can apply.
  const vocab = new Set<string>();
  for (const list of texts) {
    for (const ws of list) {
      let prev: string | null = null;
      for (const w of ws) {
        if (stopIn(w.low, ws) || /^\d/.test(w.fold)) {
          prev = null;
          continue;
        }
        vocab.add(w.fold);
        if (prev !== null) vocab.add(prev + w.fold);
        prev = w.fold;
      }
    }
  }
  // A one-word alias ("vase", "mug") is the shop naming that product: keep it as is, never remap it.
  const singleAliases = new Set<string>();
  for (const p of products) {
    for (const a of p.aliases) {
      const ws = words(a).filter((w) => !NAME_STOP.hasCatalogText(w.low, hasDiacritics(a)));
      if (ws.length === 1) singleAliases.add(ws[0]!.fold);
    }
  }
  const synonyms = new Map<string, string>();
  for (const [word, targets] of Object.entries(SYNONYMS)) {
    if ((REGIONAL.has(word) && vocab.has(word)) || singleAliases.has(word)) continue;
    const target = targets.find((t) => vocab.has(t));
    if (target !== undefined && target !== word) synonyms.set(word, target);
    // An English catalog read by a Vietnamese customer: "khăn" stands for "scarf".
    if (target === undefined && vocab.has(word) && !REGIONAL.has(word)) {
      for (const t of targets) if (!synonyms.has(t) && !vocab.has(t)) synonyms.set(t, word);
    }
  }
  const canon = (f: string): string => synonyms.get(f) ?? f;

  const conceptProducts = new Map<string, number[]>();
  const productConcepts: Set<string>[] = [];
  const spellings = new Map<string, Set<string>>();
  const heads = new Set<string>();
  const productHeads: Set<string>[] = [];
  const measureKinds: Set<string>[] = [];
  const packs: Map<string, Set<number>>[] = [];
  const attrs = new Set<string>();
  const skuIndex = new Map<string, number>();
  products.forEach((p, pi) => {
    const set = new Set<string>();
    const myHeads = new Set<string>();
    const myMeasures = new Set<string>();
    const myPacks = new Map<string, Set<number>>();
    productHeads.push(myHeads);
    measureKinds.push(myMeasures);
    packs.push(myPacks);
    const addMeasure = (concept: string): void => {
      add(concept);
      const kind = concept.slice(0, concept.indexOf(':'));
      myMeasures.add(kind);
      const amount = Number(concept.slice(kind.length + 1));
      if (kind === 'mass' || kind === 'vol') {
        const dim = kind === 'mass' ? 'mass' : 'volume';
        let set = myPacks.get(dim);
        if (!set) myPacks.set(dim, (set = new Set()));
        set.add(amount / 1000);
      }
    };
    const add = (c: string): void => {
      set.add(c);
      let list = conceptProducts.get(c);
      if (!list) conceptProducts.set(c, (list = []));
      if (list[list.length - 1] !== pi) list.push(pi);
    };
    const skuKey = p.sku.toLowerCase().replace(/[-_\s]/g, '');
    skuIndex.set(skuKey, pi);
    add(`sku:${p.sku}`);
    heads.add(`sku:${p.sku}`);
    for (const ws of texts[pi]!) {
      let prev: string | null = null;
      let size = false;
      let kept = 0;
      let firstIsHead = false;
      const lows = ws.map((w) => w.low);
      for (let wi = 0; wi < ws.length; wi++) {
        const w = ws[wi]!;
        if (SIZE_WORDS.hasText(w.low)) {
          size = true;
          prev = null;
          continue;
        }
        const dim = readDimension(lows, wi);
        if (dim) {
          // "Tranh sơn mài 30x40"
          add(dim.concept);
          myMeasures.add('dim');
          wi = dim.end - 1;
          size = false;
          prev = null;
          continue;
        }
        const grade = wi > 0 && GRADE_WORDS.hasText(ws[wi - 1]!.low) ? letterGrade(w.low) : null;
        if (grade !== null) {
          // "Chăn thổ cẩm loại A": a lettered grade.
          add(`na:grade:${grade}`);
          myMeasures.add('na:grade');
          prev = null;
          continue;
        }
        const nt = readNumberToken(w.low);
        if (nt.kind === 'num') {
          const next = ws[wi + 1];
          const nextUnit = next !== undefined && nt.unit === null ? UNITS.getText(next.low) : undefined;
          const before = ws[wi - 1];
          if (nt.measure) addMeasure(nt.measure);
          else if (size && nt.unit === null) {
            add(`sz:${nt.value}`);
            attrs.add(`sz:${nt.value}`);
          } else if (nextUnit !== undefined && nextUnit.dim !== 'count' && nextUnit.dim !== 'pair') {
            // "can 2 lít", "gói 500 g": a measure written with a separate unit.
            const c = measureConcept(nt.value, nextUnit);
            if (c !== null) addMeasure(c);
            wi++;
          } else if (nt.unit === null && nextUnit !== undefined && (nextUnit.dim === 'count' || nextUnit.dim === 'pair')) {
            // "Bộ đĩa men rạn (6 chiếc)": how many pieces a set or pack holds.
            add(`na:pack:${nt.value}`);
            myMeasures.add('na:pack');
          } else if (nt.unit === null && before !== undefined && GRADE_WORDS.hasText(before.low)) {
            // "Mực khô loại 1": a grade.
            const kind = 'na:grade'; // "loại 1" = "hạng 1" = "grade 1"
            add(`${kind}:${nt.value}`);
            myMeasures.add(kind);
          } else if (
            nt.unit === null && next !== undefined && nextUnit === undefined && !stopIn(next.low, ws) &&
            !SIZE_WORDS.hasText(next.low) && readNumberToken(next.low).kind === 'other' && !/^\d/.test(next.fold)
          ) {
            // "Nước mắm 40 độ đạm": a number with its attribute word is a grade of the product.
            const kind = `na:${canon(next.fold)}`;
            add(`${kind}:${nt.value}`);
            myMeasures.add(kind);
          } else if (nt.unit === null && prev !== null && (wi === ws.length - 1 || isYear(nt.value))) {
            // "đĩa 25", "chiếu 160": a size number closing a name or alias (not a pack count like "bộ 3 chiếc");
            // "Lịch treo tường 2026 (13 tờ)": a year anywhere in the name.
            add(`num:${nt.value}`);
          }
          size = false;
          prev = null;
          continue;
        }
        if (stopIn(w.low, ws) || nt.kind !== 'other' || /^\d/.test(w.fold)) {
          prev = null;
          continue;
        }
        const c = canon(w.fold);
        add(c);
        let sp = spellings.get(w.fold);
        if (!sp) spellings.set(w.fold, (sp = new Set()));
        sp.add(w.low);
        const colour = COLOURS.hasText(w.low) || (c !== w.fold && COLOURS.hasText(c));
        if (colour || (LETTER_SIZES.has(w.fold) && (size || kept > 0))) attrs.add(c);
        const english = w.low === w.fold && w.fold in SYNONYMS && !REGIONAL.has(w.fold); // "mật" is not English "mat"
        if (kept === 0 && !english && !colour) {
          heads.add(c);
          myHeads.add(c);
          firstIsHead = true;
        }
        if (prev !== null) {
          const joined = canon(prev + w.fold);
          add(joined);
          if (kept === 1 && firstIsHead) {
            heads.add(joined);
            myHeads.add(joined);
          }
        }
        prev = w.fold;
        kept++;
        size = false;
      }
    }
    productConcepts.push(set);
  });
  // Words the catalog spells two ways that fold alike ("lớn" big, "lợn" pig): a concept per spelling too, so a message
  // typed with diacritics tells them apart.
  products.forEach((_, pi) => {
    for (const ws of texts[pi]!) {
      if (!ws.accented) continue;
      for (const w of ws) {
        const sp = spellings.get(w.fold);
        if (sp === undefined || sp.size < 2 || canon(w.fold) !== w.fold || spellingKinds(sp) < 2) continue;
        const c = `${w.fold}~${toneKey(w.low)}`;
        productConcepts[pi]!.add(c);
        if (productHeads[pi]!.has(w.fold)) {
          productHeads[pi]!.add(c);
          heads.add(c);
        }
        let list = conceptProducts.get(c);
        if (!list) conceptProducts.set(c, (list = []));
        if (list[list.length - 1] !== pi) list.push(pi);
      }
    }
  });
  const nameSeqs: string[][][] = texts.map((list) =>
    list.map((ws) =>
      ws.map((w) =>
        stopIn(w.low, ws) || SIZE_WORDS.hasText(w.low) || GRADE_WORDS.hasText(w.low) || readNumberToken(w.low).kind !== 'other' || /^\d/.test(w.fold)
          ? ''
          : canon(w.fold),
      ),
    ),
  );
  // Typo index: every catalog word and its single-letter deletions.
  const typos = new Map<string, string[]>();
  const addTypo = (k: string, w: string): void => {
    const l = typos.get(k);
    if (!l) typos.set(k, [w]);
    else if (!l.includes(w)) l.push(w);
  };
  for (const c of conceptProducts.keys()) {
    if (c.length < 3 || !/^[a-z]+$/.test(c)) continue;
    addTypo(c, c);
    for (let i = 0; i < c.length; i++) addTypo(c.slice(0, i) + c.slice(i + 1), c);
  }
  // Capitalized words after the first of a name ("Bánh chưng Tranh Khúc", "Nón lá bài thơ Huế"): places and makers.
  const properNouns = new Set<string>();
  for (const p of products) {
    let k = 0;
    for (const t of tokenize(ownName(p.name))) {
      if (t.kind !== 'word') continue;
      if (k++ > 0 && t.cap && !/\d/.test(t.fold) && t.raw !== t.raw.toUpperCase()) properNouns.add(canon(t.fold));
    }
  }
  // Words of a place or maker written in several words ("Thái Nguyên") that no name or alias uses alone.
  const properParts = new Set<string>();
  const properAlone = new Set<string>();
  for (const list of nameSeqs) {
    for (const seq of list) {
      for (let k = 0; k < seq.length; k++) {
        const c = seq[k]!;
        if (!properNouns.has(c)) continue;
        const joined = (seq[k - 1] !== undefined && properNouns.has(seq[k - 1]!)) || (seq[k + 1] !== undefined && properNouns.has(seq[k + 1]!));
        (joined ? properParts : properAlone).add(c);
      }
    }
  }
  for (const c of properAlone) properParts.delete(c);
  const unitWords = new Set<string>();
  for (const p of products) unitWords.add(fold(p.unit.toLowerCase().trim().split(/\s+/)[0] ?? ''));
  const allKinds = new Set<string>();
  for (const k of measureKinds) {
    for (const kind of k) {
      allKinds.add(kind);
      if (kind.startsWith('na:')) allKinds.add('na');
    }
  }
  const index: MatcherIndex = {
    units: products.map((p) => productUnit(p.unit)),
    skus: products.map((p) => p.sku),
    conceptProducts,
    productConcepts,
    spellings,
    heads,
    productHeads,
    measureKinds,
    allKinds,
    unitWords,
    properNouns,
    properParts,
    packs,
    attrs,
    skuIndex,
    synonyms,
    nameSeqs,
    typos,
    scratch: new Float64Array(products.length),
  };
  return { products, [INDEX]: index };
}

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

/** True when the concept heads a name or alias of product p (its first content word or word pair). */
export function headsProduct(m: Matcher, p: number, concept: string): boolean {
  return ix(m).productHeads[p]!.has(concept);
}

/** True when the concept is a colour or size that distinguishes products. */
export function isAttr(m: Matcher, concept: string): boolean {
  return ix(m).attrs.has(concept);
}

/** How many pieces one unit of product p holds, from its name ("xấp 10 cái", "bộ 10 tấm", "(6 chiếc)"), or null. */
export function packCount(m: Matcher, p: number): number | null {
  let n: number | null = null;
  for (const c of ix(m).productConcepts[p]!) {
    if (!c.startsWith('na:pack:')) continue;
    if (n !== null) return null;
    n = Number(c.slice('na:pack:'.length));
  }
  return n;
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

/** True when some product names a size or grade of this kind in its name. */
export function anyHasMeasureKind(m: Matcher, kind: string): boolean {
  return ix(m).allKinds.has(kind);
}

/** The one amount (kg for "mass", l for "volume") a unit of product p holds, by its name ("chai 500ml"), or null. */
export function packSize(m: Matcher, p: number, dim: string): number | null {
  const set = ix(m).packs[p]!.get(dim);
  if (!set || set.size !== 1) return null;
  for (const v of set) return v;
  return null;
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

/** True when product p has the concept. */
export function productHas(m: Matcher, p: number, concept: string): boolean {
  return ix(m).productConcepts[p]!.has(concept);
}

/**
 * The catalog concept a message word stands for, or null. Accent-aware: in a message typed with
 * diacritics, a common word that merely folds like a product word ("làm" vs "lam") is not a match,
 * while a diacritic typo of a product word ("đõ" for "đỏ") still is, with a lower weight.
 */
export function lookupWord(m: Matcher, t: Token, accentedMsg: boolean): ConceptHit | null {
  const x = ix(m);
  const f = t.fold;
  const sku = x.skuIndex.get(f.replace(/[-_]/g, ''));
  if (sku !== undefined) {
    const upper = t.raw.length > 1 && t.raw === t.raw.toUpperCase();
    if (f.includes('-') || /\d/.test(f) || upper || !x.conceptProducts.has(f)) {
      return { concept: `sku:${x.skus[sku]}`, weight: 10 };
    }
  }
  if (x.conceptProducts.has(f) && !f.startsWith('sku:')) {
    const sp = x.spellings.get(f);
    const exact = sp === undefined || sp.has(t.low);
    if (exact) {
      if (sp !== undefined && sp.size > 1 && t.accented && x.conceptProducts.has(`${f}~${toneKey(t.low)}`)) return { concept: `${f}~${toneKey(t.low)}`, weight: 1 };
      return { concept: x.synonyms.get(f) ?? f, weight: 1 };
    }
    // A grammar word written with its own diacritics ("cân" = kg, not "Cần" Đước) is that word, not a slip.
    if (t.accented && (COMMON.has(t) || UNITS.get(t) !== undefined)) return null;
    // A diacritic typo ("đõ"), or a word typed bare in a message that otherwise has diacritics: a little less sure.
    return { concept: x.synonyms.get(f) ?? f, weight: t.accented || accentedMsg ? 0.9 : 1 };
  }
  const syn = x.synonyms.get(f);
  if (syn !== undefined) return { concept: syn, weight: 1 };
  if (t.accented) {
    if (COMMON.has(t)) return null;
  }
  if (!t.accented && /^[a-z]+$/.test(f)) {
    for (const s of singulars(f)) {
      if (x.conceptProducts.has(s)) return { concept: x.synonyms.get(s) ?? s, weight: 1 };
      const ss = x.synonyms.get(s);
      if (ss !== undefined) return { concept: ss, weight: 1 };
    }
  }
  if (f.length >= 3 && /^[a-z]+$/.test(f) && !isVietnameseSyllable(f) && !COMMON.has(t)) {
    const hit = typoLookup(x, f);
    if (hit !== null) return { concept: x.synonyms.get(hit) ?? hit, weight: 0.8 };
  }
  return null;
}

/** A spelling with "đ" read as "d": "dĩa" and "đĩa" are one word spelled regionally, "lớn" and "lợn" two words. */
function toneKey(low: string): string {
  return low.replace(/đ/g, 'd');
}
function spellingKinds(sp: ReadonlySet<string>): number {
  const keys = new Set<string>();
  for (const s of sp) keys.add(toneKey(s));
  return keys.size;
}

/** The unique catalog word within one edit (insert, delete, substitute) of w, or null. */
function typoLookup(x: MatcherIndex, w: string): string | null {
  const found = new Set<string>();
  for (const c of x.typos.get(w) ?? EMPTY_S) found.add(c);
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    for (const c of x.typos.get(d) ?? EMPTY_S) if (c.length >= w.length - 1) found.add(c);
  }
  let best: string | null = null;
  for (const c of found) {
    if (Math.abs(c.length - w.length) > 1) continue;
    if (Math.max(c.length, w.length) < 4) continue;
    if (best !== null && best !== c) return null;
    best = c;
  }
  return best;
}
const EMPTY_S: readonly string[] = [];

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
  const fits = (p: number): boolean => {
    const pu = x.units[p]!;
    if (unit!.dim === 'count') return pu.dim === 'count' && pu.key === unit!.key;
    return pu.dim === unit!.dim;
  };
  // "2 hộp trà" when two teas come boxed, one named "Trà sen" and one "Hộp trà nhài": a container fits both;
  // that only one of them is headed by "trà" does not tell them apart.
  const allFit = unit && unit.dim === 'count' && unit.key !== 'cai' && unit.key !== 'chiec' && candidates.length > 1 ? candidates.filter(fits) : [];
  if (head !== null && candidates.length > 1) {
    const headed = candidates.filter((p) => x.productHeads[p]!.has(head));
    if (headed.length > 0) candidates = headed;
  }
  if (unit && candidates.length > 1) {
    const fit = candidates.filter(fits);
    if (fit.length > 0) candidates = fit;
  }
  if (allFit.length > 1 && candidates.length < allFit.length && candidates.every((p) => allFit.includes(p))) candidates = allFit;
  let conflict = unknownAttr;
  for (const h of hits) {
    // A colour, size, dimension, count or grade the customer named that the best products lack ("nhẫn hoa sen ni
    // 12" when only the plain ring comes in 12): the words do not fit one product, so the reading must ask.
    const attribute = x.attrs.has(h.concept) || /^(num|sz|dim|na):/.test(h.concept);
    if (candidates.some((p) => x.productConcepts[p]!.has(h.concept))) continue;
    if (attribute) conflict = true;
    // Siblings decide by their differences: a word the customer wrote that tells the best product's siblings apart
    // ("tranh hứng dừa khổ A4" when only the other prints come in A4) and that the best product lacks.
    else if (h.weight >= 1 && candidates.length > 0 && siblingsHave(x, candidates, h.concept) &&
      !singulars(h.concept).some((s) => candidates.some((p) => x.productConcepts[p]!.has(s)))) conflict = true;
  }
  return { candidates, conflict };
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
