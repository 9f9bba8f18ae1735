/**
 * "quai nón mỗi màu 2 cái", "dép mỗi size 1 đôi": the word after "mỗi" says along which difference the customer
 * means every product. A phrase fitting several products orders each of those that differ by it (each colour,
 * each size), not every product that shares the words: a hat named "Nón quai thao" has no colour and is not one
 * of "mỗi màu" of the hat straps.
 */
import { COLOURS, COLOUR_KIND, EACH_HEAD, EACH_KIND, LETTER_SIZES, WordSet } from './lexicon.ts';
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';
import { tokenize } from './normalize.ts';
import { plainConcept, productConcepts, productHas, productsOf } from './matcher.ts';
import { lookup } from './context.ts';
import { UNITS } from './numbers.ts';

const SIZE_KIND = new WordSet(['size', 'sz', 'cỡ', 'khổ', 'số']);

/** The products among candidates that differ along the kind the "mỗi" of the current clause names. */
export function eachScope(cx: ParseContext, candidates: readonly number[]): readonly number[] {
  const c = cx.curClause;
  if (c === null) return candidates;
  let kind: 'colour' | 'size' | null = null;
  for (let j = c.start; j < c.end - 1; j++) {
    const t = cx.ts[j];
    if (!isWord(t) || !EACH_HEAD.has(t)) continue;
    const k = cx.ts[j + 1];
    if (COLOUR_KIND.has(k)) kind = 'colour';
    else if (SIZE_KIND.has(k)) kind = 'size';
  }
  const listed = listedAfterColon(cx, c.start, candidates);
  if (listed !== null) return listed;
  if (kind === null) return candidates;
  const words = (p: number): string[] => nameWords(cx, p);
  // A colour word every candidate carries ("bạc" in a silversmith's names) tells none of them apart.
  // The words a name puts after "màu" are a colour too, listed or not ("màu tự nhiên" beside "màu nâu").
  const colours = (p: number): string[] => {
    const ts = tokenize(cx.m.products[p]!.name.toLowerCase());
    const out = ts.filter((t) => COLOURS.has(t)).map((t) => t.fold);
    ts.forEach((t, k) => {
      if (!COLOUR_KIND.has(t) || COLOURS.has(ts[k + 1])) return;
      // (At most two words, up to a number, a listed colour or the end of the words.)
      let joined = '';
      for (let j = k + 1; j < k + 3 && isWord(ts[j]) && !/\d/.test(ts[j]!.low) && !COLOURS.has(ts[j]); j++) joined += ts[j]!.fold;
      if (joined !== '') out.push(joined);
    });
    return out;
  };
  const shared = new Set(colours(candidates[0]!).filter((w) => candidates.every((p) => colours(p).includes(w))));
  const hasKind = (p: number): boolean =>
    kind === 'colour'
      ? colours(p).some((w) => !shared.has(w))
      : [...productConcepts(cx.m, p)].some((x) => /^(sz|len|dim):/.test(x));
  // A product whose name differs from one that has the kind by one word only has it too, in a word the lexicon
  // does not list ("khăn thổ cẩm chàm" beside "khăn thổ cẩm đỏ", "khổ A4" beside "khổ 30x40").
  const having = candidates.filter(hasKind);
  if (having.length === 0) return kind === 'size' ? plainestKinds(cx, candidates) : candidates;
  const keep = candidates.filter((p) => having.includes(p) || having.some((q) => oneApart(words(p), words(q))));
  return kind === 'size' ? plainestKinds(cx, keep) : keep;
}

/**
 * "trà chanh mỗi size 1 cốc" beside "Trà chanh mật ong cốc L": each size of the plain product; a product whose name,
 * sizes aside, has words the words of another lacks ("mật ong") is another kind of it, not one of its sizes.
 */
function plainestKinds(cx: ParseContext, products: readonly number[]): readonly number[] {
  const said = new Set<string>();
  const c = cx.curClause!;
  for (let j = c.start; j < c.end; j++) if (isWord(cx.ts[j])) said.add(cx.ts[j]!.fold);
  const kindWords = new Map<number, string[]>();
  for (const p of products) {
    kindWords.set(p, tokenize(cx.m.products[p]!.name.toLowerCase())
      .filter((t) => isWord(t) && !/\d/.test(t.low) && UNITS.get(t) === undefined && !LETTER_SIZES.has(t.fold) && !SIZE_KIND.has(t) && !PLAIN.has(t) && !said.has(t.fold))
      .map((t) => t.fold));
  }
  // Kept: the products no other one is a plainer kind of (its kind words a strict part of theirs).
  const out = products.filter((p) => {
    const mine = kindWords.get(p)!;
    return !products.some((q) => {
      const theirs = kindWords.get(q)!;
      return q !== p && theirs.length < mine.length && theirs.every((w) => mine.includes(w));
    });
  });
  return out.length > 1 ? out : products;
}

/** Words that name the plain, usual kind ("Chè thái truyền thống" beside "Chè thái sầu riêng"). */
const PLAIN = new WordSet(['truyền', 'thống', 'thường', 'nguyên', 'bản', 'chất', 'classic', 'original']);


/**
 * "hoa giấy mỗi màu 2 bó: đỏ, vàng, hồng, trắng", "bún mỗi loại 1 gói 500g: sợi nhỏ và sợi to": the values listed
 * after the colon are the ones meant. Among the candidates, the products each listed value names; null when there is
 * no such list, or when a value names none of them or several (the list is then no list of these products).
 */
function listedAfterColon(cx: ParseContext, from: number, candidates: readonly number[]): number[] | null {
  const ts = cx.ts;
  let j = from;
  while (j < ts.length && ts[j]!.kind !== 'colon' && ts[j]!.kind !== 'hard') j++;
  if (j >= ts.length || ts[j]!.kind !== 'colon') return null;
  const segments: string[][] = [[]];
  for (let k = j + 1; k < ts.length && ts[k]!.kind !== 'hard'; k++) {
    const t = ts[k]!;
    if (t.kind === 'soft' || (isWord(t) && LIST_GLUE.has(t))) {
      if (segments[segments.length - 1]!.length > 0) segments.push([]);
      continue;
    }
    const h = isWord(t) ? lookup(cx, k) : null;
    if (h !== null && h.weight >= 0.9) segments[segments.length - 1]!.push(h.concept);
  }
  if (segments[segments.length - 1]!.length === 0) segments.pop();
  if (segments.length < 2) return null;
  const fits = segments.map((seg) => candidates.filter((p) => seg.every((c) => productHas(cx.m, p, c) || productHas(cx.m, p, plainConcept(c)))));
  // A value that names several ("hồng": the pink paper flower and the paper roses) means the one named like the
  // products the other values name alone ("Hoa giấy hồng" beside "Hoa giấy đỏ", "Hoa giấy vàng").
  const anchors = fits.filter((f) => f.length === 1).map((f) => nameWords(cx, f[0]!));
  const out: number[] = [];
  for (const f of fits) {
    const one = f.length === 1 ? f : f.filter((p) => anchors.some((a) => oneApart(nameWords(cx, p), a)));
    if (one.length !== 1) return null;
    if (!out.includes(one[0]!)) out.push(one[0]!);
  }
  return out;
}

/** Words that join the values of a list ("sợi nhỏ và sợi to"). */
const LIST_GLUE = new WordSet(['và', 'với', 'and', 'vs']);

/** The folded words of product p's name. */
function nameWords(cx: ParseContext, p: number): string[] {
  return tokenize(cx.m.products[p]!.name.toLowerCase()).filter(isWord).map((t) => t.fold);
}

/** Two names of as many words that differ in one word only. */
function oneApart(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.filter((w, k) => w !== b[k]).length === 1;
}

/**
 * "túi chéo 3 size mỗi size 2 cái", "hoành phi 2 cỡ mỗi cỡ 1 bức": a count of kinds ("3 size") before "mỗi" + the same
 * kind word in the clause says how many kinds there are, no amount; true at such a count (its two words are read as
 * nothing).
 */
export function kindsCountAt(cx: ParseContext, c: { end: number }, i: number): boolean {
  const ts = cx.ts;
  const kind = ts[i + 1];
  if (!/^\d$/.test(ts[i]!.low) || !isWord(kind) || !EACH_KIND.has(kind) || UNITS.get(kind) !== undefined || lookup(cx, i + 1) !== null) return false;
  for (let j = i + 2; j < c.end - 1; j++) if (EACH_HEAD.has(ts[j]) && isWord(ts[j + 1]) && ts[j + 1]!.fold === kind.fold) return true;
  return false;
}

/**
 * "găng tay size M và L mỗi size 1 đôi", "that lung 110 va 120 moi loai 2 cai" in a shop that sells "giày mọi" (loafers):
 * "mỗi" + the kind that varies + an amount is the "each" marker, even where "moi" is also a word of the catalog. Not
 * "giay moi size 40", where the number is a size of the products that word names.
 */
export function eachMarkerAt(cx: ParseContext, i: number): boolean {
  const ts = cx.ts;
  if (!EACH_HEAD.has(ts[i]) || !EACH_KIND.has(ts[i + 1])) return false;
  const n = ts[i + 2];
  if (!isWord(n) || !/^\d+([.,]\d+)?$/.test(n.low)) return false;
  const after = ts[i + 3];
  if (isWord(after) && UNITS.get(after) === undefined && lookup(cx, i + 3) !== null) return false;
  const word = lookup(cx, i);
  if (word === null) return true;
  const v = Number(n.low.replace(',', '.'));
  return !productsOf(cx.m, word.concept).some((p) => ['sz', 'num', 'len'].some((k) => productHas(cx.m, p, `${k}:${v}`)));
}
