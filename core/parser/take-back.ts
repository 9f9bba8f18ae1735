/**
 * "cho e 1 đèn pha 100w vàng. à mà thôi, hủy nhé", "giày thấp cổ 43 lấy 2 đôi. Thôi hủy nhé, để tháng sau": a later
 * sentence that only cancels (a cancel word, no goods, no amount, no earlier order named) takes back what the message
 * ordered before it; so does "thôi khỏi" (never mind: "…. Ko, thôi khỏi, hôm khác e mua"). ("… Hủy đơn hôm qua nhé"
 * cancels another order: nothing here is taken back.)
 */
import { CANCEL_WORDS, PARTICLES, PRONOUNS, WordSet } from './lexicon.ts';
import { isWord, lookup } from './context.ts';
import type { ParseContext } from './context.ts';

/** Words that point at an order other than this message's ("đơn cũ", "hôm qua", "lần trước"). */
const EARLIER = new WordSet(['cũ', 'qua', 'trước', 'nãy', 'hôm']);

export function takeBack(cx: ParseContext): void {
  for (let s = 1; s < cx.sentenceCancel.length; s++) {
    const cls = cx.clauses.filter((c) => c.sentence === s);
    if (!cls.some((c) => c.cancel || c.neg) || cls.some((c) => c.past)) continue;
    let cancels = false;
    let only = true;
    for (const c of cls) {
      for (let i = c.start; i < c.end && only; i++) {
        const t = cx.ts[i];
        if (!isWord(t)) continue;
        // ("Tên Huy": a capitalised word inside the sentence is a name, not "huỷ".)
        if (CANCEL_WORDS.has(t) && !(t.cap && isWord(cx.ts[i - 1]))) cancels = true;
        // ("Ko, thôi khỏi, hôm khác e mua": never mind; "hôm khác", another day, points at no earlier order.)
        // (Not "thôi khỏi giao, e qua lấy": no need of the delivery.)
        else if (t.low === 'khỏi' && cx.ts[i - 1]?.fold === 'thoi' && (!isWord(cx.ts[i + 1]) || PARTICLES.has(cx.ts[i + 1]) || PRONOUNS.has(cx.ts[i + 1]))) cancels = true;
        else if (/\d/.test(t.low) || (EARLIER.has(t) && cx.ts[i + 1]?.fold !== 'khac') || lookup(cx, i) !== null) only = false;
      }
    }
    if (!cancels || !only) continue;
    for (const c of cx.clauses) if (c.sentence < s) c.dead = true;
    cx.trace?.push(`take-back: sentence ${s} cancels what came before it`);
  }
}
