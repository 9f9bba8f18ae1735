/**
 * A set is chosen only by its own words: "lấy 4 tò he" when the shop sells a single "Tò he nặn bột" and a "Hộp tò
 * he 12 con giáp", "1 ấm lam" beside "Bộ ấm chén men lam", "15 bộ đũa tre" beside "Set bếp tre (1 bộ đũa tre …)".
 * Among candidates that tie, when all but one are sets or boxes named by a word the customer did not say (bộ, set,
 * combo, hộp, giỏ), the one that is no set is meant. A set named by its own word and the word after it ("bộ 6 chén"
 * for "Bộ 6 chén gỗ sơn mài") counts as one that is no set: the sets of another word ("Set quà Tết hộp mứt 5 ngăn kèm
 * bộ 6 chén sơn mài") are not meant.
 */
import { fold } from './normalize.ts';
import { isWord } from './context.ts';
import { plainConcept, resolveConcepts } from './matcher.ts';
import type { Mention, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';

/** First words that make a name a set, box or basket of other things. */
const SET_WORDS = new Set(['bo', 'set', 'combo', 'hop', 'gio', 'khay']);

/** Words that say a set is a gift and tell no set apart ("hộp quà", "set quà tết"). */
const GIFT_WORDS = new Set(['qua', 'tet', 'bieu']);

export function singleOverSet(cx: ParseContext, m: Mention, q: Quantity | null, candidates: readonly number[]): number | null {
  const said = new Set<string>();
  for (let j = m.np.start; j < m.np.end; j++) {
    const t = cx.ts[j];
    if (isWord(t)) said.add(t.fold);
  }
  if (q !== null && q.unitIdx >= 0 && isWord(cx.ts[q.unitIdx])) said.add(cx.ts[q.unitIdx]!.fold);
  const namesMore = [...said].some((w) => !SET_WORDS.has(w) && !GIFT_WORDS.has(w));
  let single: number | null = null;
  let gift = false;
  for (const p of candidates) {
    const words = nameWords(cx, p);
    const first = words[0] ?? '';
    if (SET_WORDS.has(first)) {
      if (!said.has(first)) continue;
      // "lấy 1 combo", "1 hộp quà": the set's word alone picks none of several sets; "1 bộ chén" beside "Bộ bình
      // chén" is not told from the "Set 6 chén sứ" unless the word after the set's is said too ("bộ 6 chén").
      if (!namesMore) return null;
      // ("3 hộp sá sùng" beside "Hộp quà Tết sá sùng 100g + …": a gift box is not meant by its box word alone, where the
      // words said name no other goods than it and the one, below.)
      if (words.length > 1 && !said.has(words[1]!) && GIFT_WORDS.has(words[1]!)) {
        gift = true;
        continue;
      }
      if (words.length > 1 && !said.has(words[1]!)) return null;
    }
    if (single !== null) return null; // two left: this rule does not tell them apart
    single = p;
  }
  // ("2 hộp tôm" where only one of the shop's shrimps comes boxed: the box word chose it among them; that asks.)
  if (gift && single !== null) {
    const hits = m.np.hits.filter((h) => !SET_WORDS.has(plainConcept(h.concept)));
    const named = hits.length === 0 ? [] : resolveConcepts(cx.m, hits, null, m.np.unknownAttr, hits[0]!.concept).candidates;
    if (named.some((p) => p !== single && !SET_WORDS.has(nameWords(cx, p)[0] ?? ''))) return null;
  }
  return single;
}

/** The folded words of the product's name. */
function nameWords(cx: ParseContext, p: number): string[] {
  return fold(cx.m.products[p]!.name.toLowerCase()).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
