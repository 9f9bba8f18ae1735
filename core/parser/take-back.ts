/**
 * "cho e 1 đèn pha 100w vàng. à mà thôi, hủy nhé", "giày thấp cổ 43 lấy 2 đôi. Thôi hủy nhé, để tháng sau": a later
 * sentence that only cancels (a cancel word, no goods, no amount, no earlier order named) takes back what the message
 * ordered before it; so does a clause of only "thôi khỏi" (never mind: "…. Ko, thôi khỏi, hôm khác e mua", "…, à mà
 * thôi khỏi") or "thôi bỏ đi" ("e đặt 2 túi lác M. Thôi bỏ đi, lấy 2 túi L"). ("… Hủy đơn hôm qua nhé" cancels another
 * order: nothing here is taken back.)
 */
import { CANCEL_WORDS, HUY, PARTICLES, PRONOUNS, WordSet } from './lexicon.ts';
import { isWord, lookup } from './context.ts';
import type { Clause, ParseContext } from './context.ts';
import { isHead, namesVariant } from './matcher.ts';

/** Words that point at an order other than this message's ("đơn cũ", "hôm qua", "lần trước"). */
const EARLIER = new WordSet(['cũ', 'qua', 'trước', 'nãy', 'hôm']);

export function takeBack(cx: ParseContext): void {
  for (let s = 1; s < cx.sentenceCancel.length; s++) {
    const cls = cx.clauses.filter((c) => c.sentence === s);
    if (!cls.some((c) => c.cancel) || cls.some((c) => c.past)) continue;
    let cancels = false;
    let only = true;
    for (const c of cls) {
      for (let i = c.start; i < c.end && only; i++) {
        const t = cx.ts[i];
        if (!isWord(t)) continue;
        // ("Tên Huy": a capitalised word inside the sentence is a name, not "huỷ".)
        if (CANCEL_WORDS.has(t) && !(t.cap && isWord(cx.ts[i - 1]))) cancels = true;
        // ("…, hôm khác e mua": another day points at no earlier order.)
        // ("…, để tháng sau" in a shop of "Bình hoa để bàn": a catalog word that names no kind of goods and no variant
        // names nothing taken back.)
        else if (/\d/.test(t.low) || (EARLIER.has(t) && cx.ts[i + 1]?.fold !== 'khac') || namesGoods(cx, i)) only = false;
      }
    }
    if (!cancels || !only) continue;
    for (const c of cx.clauses) if (c.sentence < s) c.dead = true;
    cx.trace?.push(`take-back: sentence ${s} cancels what came before it`);
  }
  // "e đặt 1 bó khay xám bó 50, à mà thôi khỏi", "…. Ko, thôi khỏi, hôm khác e mua": a later clause that is only
  // "thôi khỏi" (never mind), in the sentence or after it, takes back what came before it. (Not "thôi khỏi giao, e qua
  // lấy": no need of the delivery.)
  for (let k = 1; k < cx.clauses.length; k++) {
    if (!neverMind(cx, cx.clauses[k]!)) continue;
    for (let j = 0; j < k; j++) cx.clauses[j]!.dead = true;
    cx.trace?.push(`take-back: clause ${k} ("thôi khỏi") takes back what came before it`);
  }
}

/** The word at i is a catalog word naming a kind of goods or a variant of them. */
function namesGoods(cx: ParseContext, i: number): boolean {
  const h = lookup(cx, i);
  return h !== null && (isHead(cx.m, h.concept) || namesVariant(cx.m, h.concept));
}

/** Leading words of a "never mind" ("à mà thôi khỏi"), and what may follow "khỏi" ("… khỏi lấy nữa nha", "thôi ko lấy nữa"). */
const NEVER_MIND_LEAD = new WordSet(['à', 'mà', 'ờ', 'ừ', 'thôi']);
const NEVER_MIND_TAIL = new WordSet(['lấy', 'mua', 'đặt', 'nữa', 'đi', 'cần']);
/** Negations that, after "thôi" and before the verb, say never mind ("thôi ko lấy nữa"). */
const NEG_WORDS = new WordSet(['không', 'ko', 'k', 'khong', 'hông']);

/** A clause of only "thôi khỏi" with its particles: nothing named, no amount. */
function neverMind(cx: ParseContext, c: Clause): boolean {
  let khoi = -1;
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    if (!isWord(t)) continue;
    // ("…, à mà thôi ko lấy nữa", "thôi không mua nữa nha": the same with a negation before the verb.)
    const negated = NEG_WORDS.has(t) && isWord(cx.ts[i + 1]) && NEVER_MIND_TAIL.has(cx.ts[i + 1]!) && cx.ts[i + 1]!.fold !== 'nua';
    // ("e đặt 2 túi lác M. Thôi bỏ đi, lấy 2 túi L": "thôi bỏ", "thôi hủy" with nothing named takes back the same way.)
    // ("thôi bỏ, lấy tượng di lặc thay": "bỏ" closing its clause too; typed bare "bo" where the message is.)
    const dropWord = t.low === 'bỏ' || HUY.includes(t.low) || (!cx.accented && t.low === 'bo');
    const after = cx.ts[i + 1];
    const drops = dropWord && ((isWord(after) && after.fold === 'di') || i + 1 >= c.end);
    if (khoi < 0 && (t.low === 'khỏi' || negated || drops) && cx.ts[i - 1]?.fold === 'thoi') khoi = i;
    else if (khoi < 0 ? !NEVER_MIND_LEAD.has(t) : !(NEVER_MIND_TAIL.has(t) || PARTICLES.has(t) || PRONOUNS.has(t))) return false;
  }
  return khoi >= 0;
}
