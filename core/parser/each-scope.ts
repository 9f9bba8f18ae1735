/**
 * "quai nón mỗi màu 2 cái", "dép mỗi size 1 đôi": the word after "mỗi" says along which difference the customer
 * means every product. A phrase fitting several products orders each of those that differ by it (each colour,
 * each size), not every product that shares the words: a hat named "Nón quai thao" has no colour and is not one
 * of "mỗi màu" of the hat straps.
 */
import { COLOURS, EACH_HEAD, WordSet } from './lexicon.ts';
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';
import { tokenize } from './normalize.ts';
import { productConcepts } from './matcher.ts';

const COLOUR_KIND = new WordSet(['màu', 'color', 'colour']);
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
  if (kind === null) return candidates;
  const words = (p: number): string[] => tokenize(cx.m.products[p]!.name.toLowerCase()).filter(isWord).map((t) => t.fold);
  // A colour word every candidate carries ("bạc" in a silversmith's names) tells none of them apart.
  const colours = (p: number): string[] => tokenize(cx.m.products[p]!.name.toLowerCase()).filter((t) => COLOURS.has(t)).map((t) => t.fold);
  const shared = new Set(colours(candidates[0]!).filter((w) => candidates.every((p) => colours(p).includes(w))));
  const hasKind = (p: number): boolean =>
    kind === 'colour'
      ? colours(p).some((w) => !shared.has(w))
      : [...productConcepts(cx.m, p)].some((x) => /^(sz|len|dim):/.test(x));
  // A product whose name differs from one that has the kind by one word only has it too, in a word the lexicon
  // does not list ("khăn thổ cẩm chàm" beside "khăn thổ cẩm đỏ", "khổ A4" beside "khổ 30x40").
  const oneApart = (a: string[], b: string[]): boolean => a.length === b.length && a.filter((w, k) => w !== b[k]).length === 1;
  const having = candidates.filter(hasKind);
  if (having.length === 0) return candidates;
  const keep = candidates.filter((p) => having.includes(p) || having.some((q) => oneApart(words(p), words(q))));
  return keep;
}
