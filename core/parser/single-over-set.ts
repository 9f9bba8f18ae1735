/**
 * A set is chosen only by its own words: "lấy 4 tò he" when the shop sells a single "Tò he nặn bột" and a "Hộp tò
 * he 12 con giáp", "1 ấm lam" beside "Bộ ấm chén men lam", "15 bộ đũa tre" beside "Set bếp tre (1 bộ đũa tre …)".
 * Among candidates that tie, when all but one are sets or boxes named by a word the customer did not say (bộ, set,
 * combo, hộp, giỏ), the one that is no set is meant.
 */
import { fold } from './normalize.ts';
import { isWord } from './context.ts';
import type { Mention, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';

/** First words that make a name a set, box or basket of other things. */
const SET_WORDS = new Set(['bo', 'set', 'combo', 'hop', 'gio', 'khay']);

export function singleOverSet(cx: ParseContext, m: Mention, q: Quantity | null, candidates: readonly number[]): number | null {
  const said = new Set<string>();
  for (let j = m.np.start; j < m.np.end; j++) {
    const t = cx.ts[j];
    if (isWord(t)) said.add(t.fold);
  }
  if (q !== null && q.unitIdx >= 0 && isWord(cx.ts[q.unitIdx])) said.add(cx.ts[q.unitIdx]!.fold);
  let single: number | null = null;
  for (const p of candidates) {
    const first = fold(cx.m.products[p]!.name.toLowerCase()).split(/[^a-z0-9]+/).find((w) => w.length > 0) ?? '';
    if (SET_WORDS.has(first)) {
      if (said.has(first)) return null; // the set's own word was said
      continue;
    }
    if (single !== null) return null; // two that are no set: this rule does not tell them apart
    single = p;
  }
  return single;
}
