/**
 * Regional synonyms and spellings of a catalog's words: which synonyms of the shared lexicon apply to this catalog
 * (only those whose other word the catalog does not already use its own way), regional heads ("hương" for the
 * "Nhang …" of a shop that writes "hương" only inside other names), and spellings that fold alike.
 */
import type { CatalogProduct } from '../catalog/types.ts';
import { hasDiacritics, isVietnameseSyllable, words } from './normalize.ts';
import { COMMON, NAME_STOP, PARTICLES, PRONOUNS, SYNONYMS } from './lexicon.ts';
import { UNITS } from './units.ts';

/** Words with a regional synonym that a catalog may use as a modifier only ("bát hương") or as a head of its own. */
export const REGIONAL = new Set(['che', 'bop', 'non', 'mu', 'ly', 'coc', 'chen', 'bat', 'nhang', 'huong', 'muong', 'thia', 'bap', 'ngo', 'lac']);

/** A name's or alias's words, marked whether written with diacritics. */
type Text = { accented: boolean } & readonly { low: string; fold: string }[];

/** The synonyms that apply to this catalog: customer word (folded) → the catalog's concept. */
export function catalogSynonyms(products: readonly CatalogProduct[], texts: readonly (readonly Text[])[], stopIn: (low: string, ws: Text, at?: number) => boolean): Map<string, string> {
  // Pass 1: the catalog's own words and joined word pairs, to know which synonyms can apply.
  const vocab = new Set<string>();
  for (const list of texts) {
    for (const ws of list) {
      let prev: string | null = null;
      for (const w of ws) {
        if (stopIn(w.low, ws, ws.indexOf(w)) || /^\d/.test(w.fold)) {
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
  initialsOf(texts, stopIn, vocab, synonyms);
  return synonyms;
}

/** Two-letter chat abbreviations that mean something else ("ck" transfer, "sp" item, "dc" address, "nt" message…). */
const CHAT_SHORTHAND = new Set([
  'ck', 'ko', 'kg', 'dc', 'mk', 'sp', 'ib', 'nt', 'tk', 'dt', 'ok', 'hn', 'sg', 'tp', 'ms', 'cm', 'ml', 'mn', 'bn', 'vs',
  'nx', 'ng', 'lm', 'cx', 'ak', 'ah', 'oh', 'bh', 'gd', 'km', 'pm', 'am', 'xl', 'kh', 'sl', 'hh', 'ad', 'dh', 'ct', 'mb', 'nc',
]);

/**
 * "mt sữa" for "Màn thầu hấp sữa": the initials of the two words a Vietnamese name opens with stand for that pair,
 * when no other pair of the catalog shares them and they are no word or chat shorthand of their own.
 */
function initialsOf(texts: readonly (readonly Text[])[], stopIn: (low: string, ws: Text, at?: number) => boolean, vocab: ReadonlySet<string>, synonyms: Map<string, string>): void {
  // The pairs names open with, then the pairs inside names ("trứng gà cn" for "Trứng gà công nghiệp …") for initials
  // no opening pair has.
  const opening = new Map<string, Set<string>>();
  const inner = new Map<string, Set<string>>();
  for (const list of texts) {
    // (The product's own name, written in Vietnamese; aliases are how customers already shorten it.)
    const ws = list[0];
    if (ws === undefined || !ws.accented) continue;
    for (let i = 0; i + 1 < ws.length; i++) {
      const a = ws[i]!;
      const b = ws[i + 1]!;
      if (stopIn(a.low, ws, i) || stopIn(b.low, ws, i + 1) || !/^[a-z]/.test(a.fold) || !/^[a-z]/.test(b.fold)) continue;
      const key = a.fold[0]! + b.fold[0]!;
      const pairs = i === 0 ? opening : inner;
      let set = pairs.get(key);
      if (!set) pairs.set(key, (set = new Set()));
      set.add(a.fold + b.fold);
    }
  }
  for (const [key, targets] of inner) if (!opening.has(key)) opening.set(key, targets);
  for (const [key, targets] of opening) {
    const [target] = [...targets];
    if (targets.size !== 1 || target === undefined || !vocab.has(target) || vocab.has(key) || CHAT_SHORTHAND.has(key) || synonyms.has(key)) continue;
    if (COMMON.hasText(key) || PRONOUNS.hasText(key) || PARTICLES.hasText(key) || UNITS.getText(key) !== undefined || isVietnameseSyllable(key)) continue;
    synonyms.set(key, target);
  }
}

export function toneKey(low: string): string {
  return low.replace(/đ/g, 'd');
}

/**
 * A spelling with "đ" read as "d": "dĩa" and "đĩa" are one word spelled regionally, "lớn" and "lợn" two words. A word
 * that is no Vietnamese syllable typed without its marks ("nescafe" of "Nescafé") is the same word, not another one.
 */
export function spellingKinds(sp: ReadonlySet<string>): number {
  const keys = new Set<string>();
  for (const s of sp) if (hasDiacritics(s) || isVietnameseSyllable(s)) keys.add(toneKey(s));
  return Math.max(keys.size, 1);
}

/**
 * "hương thảo mộc" in a shop whose incense is all named "Nhang …" but whose "Bát hương" and "trầm hương" use the
 * word too: a regional synonym the catalog writes only as a modifier (or as the head of products the other word heads
 * as well) also names the products the other word heads. A word heading products of its own (a pottery shop's "chén"
 * beside its "bát") keeps its own meaning.
 */
export function regionalHeads(productHeads: readonly Set<string>[], productConcepts: readonly Set<string>[], conceptProducts: Map<string, number[]>): void {
  for (const word of REGIONAL) {
    const list = conceptProducts.get(word);
    if (list === undefined) continue;
    const target = (SYNONYMS[word] ?? []).find((t) => conceptProducts.has(t));
    if (target === undefined) continue;
    const headed = productHeads.flatMap((h, pi) => (h.has(target) ? [pi] : []));
    if (headed.length === 0) continue;
    if (productHeads.some((h) => h.has(word) && !h.has(target))) continue;
    for (const pi of headed) productConcepts[pi]!.add(word);
    conceptProducts.set(word, [...new Set([...list, ...headed])].sort((a, b) => a - b));
  }
}

/** The per-product sets one spelling's concept is added to (see spellingConcepts). */
interface ConceptSets {
  productConcepts: readonly Set<string>[];
  nameConcepts: readonly Set<string>[];
  productHeads: readonly Set<string>[];
  heads: Set<string>;
  conceptProducts: Map<string, number[]>;
}

/**
 * Words the catalog spells two ways that fold alike ("lớn" big, "lợn" pig): a concept per spelling too, so a message
 * typed with diacritics tells them apart. `texts` holds each product's name then its aliases.
 */
export function spellingConcepts(texts: readonly (readonly Text[])[], spellings: ReadonlyMap<string, Set<string>>, canon: (f: string) => string, sets: ConceptSets): void {
  texts.forEach((list, pi) => {
    for (const ws of list) {
      if (!ws.accented) continue;
      for (const w of ws) {
        const sp = spellings.get(w.fold);
        if (sp === undefined || sp.size < 2 || canon(w.fold) !== w.fold || spellingKinds(sp) < 2) continue;
        const c = `${w.fold}~${toneKey(w.low)}`;
        sets.productConcepts[pi]!.add(c);
        if (ws === list[0]) sets.nameConcepts[pi]!.add(c);
        if (sets.productHeads[pi]!.has(w.fold)) {
          sets.productHeads[pi]!.add(c);
          sets.heads.add(c);
        }
        let products = sets.conceptProducts.get(c);
        if (!products) sets.conceptProducts.set(c, (products = []));
        if (products[products.length - 1] !== pi) products.push(pi);
      }
    }
  });
}

/** Number words that open an alias as a count ("chục khăn sen"), never a kind. */
const COUNT_WORDS = new Set(['chuc', 'ta', 'cap', 'nua', 'mot', 'hai', 'ba']);

/**
 * An alias that opens with a word of its own in place of its name's head ("áo trắng nữ M" of "Sơ mi nữ trắng size M")
 * names the kind, not that product: the word stands for every product whose name opens alike ("áo size M" is any of
 * the M shirts, not the one whose alias spelled "áo"). Only a word two or more products' aliases open with, that no
 * name uses and that is no unit or count, and only for names that open with the same two words ("Thịt lợn …" of the
 * alias "heo gác bếp" says nothing of "Thịt trâu …"). The products that carry it must differ in a word, not only a
 * measure: "ara 250g", "ara 1kg" of three sizes of "Cà phê Arabica" shorten the variety, not the kind.
 */
export function aliasHeads(nameSeqs: readonly (readonly (readonly string[])[])[], sets: ConceptSets): void {
  const opening = (seq: readonly string[] | undefined, n: number): string | null => {
    const kept = seq?.filter((c) => c !== '') ?? [];
    return kept.length >= n ? kept.slice(0, n).join(' ') : null;
  };
  const nameKey = nameSeqs.map((list) => opening(list[0], 2));
  const inNames = new Set(nameSeqs.flatMap((list) => list[0] ?? []));
  const replaced = new Map<string, { keys: Set<string>; products: Set<number> }>();
  nameSeqs.forEach((list, pi) => {
    const key = nameKey[pi] ?? null;
    if (key === null) return;
    for (const seq of list.slice(1)) {
      const word = opening(seq, 1);
      if (word === null || inNames.has(word) || key.replace(' ', '') === word || COUNT_WORDS.has(word) || UNITS.getText(word) !== undefined) continue;
      let r = replaced.get(word);
      if (!r) replaced.set(word, (r = { keys: new Set(), products: new Set() }));
      r.keys.add(key);
      r.products.add(pi);
    }
  });
  for (const [word, r] of replaced) {
    if (r.products.size < 2 || r.keys.size > 1 || !differInWords(sets.nameConcepts, r.products)) continue;
    const list = sets.conceptProducts.get(word) ?? [];
    const headed = nameKey.flatMap((k, pi) => (k !== null && r.keys.has(k) ? [pi] : []));
    for (const pi of headed) {
      sets.productConcepts[pi]!.add(word);
      sets.productHeads[pi]!.add(word);
    }
    sets.heads.add(word);
    sets.conceptProducts.set(word, [...new Set([...list, ...headed])].sort((a, b) => a - b));
  }
}

/** Whether the products' own names differ in a word (a colour, a cut), not only in sizes and measures. */
function differInWords(nameConcepts: readonly Set<string>[], products: ReadonlySet<number>): boolean {
  let common: Set<string> | null = null;
  const all = new Set<string>();
  for (const pi of products) {
    const words = [...nameConcepts[pi]!].filter((c) => !c.includes(':') && !/^[#\d]/.test(c));
    for (const w of words) all.add(w);
    common = common === null ? new Set(words) : new Set(words.filter((w) => common!.has(w)));
  }
  return common !== null && all.size > common.size;
}
