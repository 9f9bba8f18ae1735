/**
 * Clauses that tell what the customer already bought or has, not what they order now: "sáng nay mua 5 cốc trà tắc
 * rồi, giờ lấy thêm 3 cốc" (a purchase closed by "rồi" before a clause of "now" or "more"), "mình đã có ống cuộn gỗ
 * rồi, chỉ cần thêm 2 cuộn dây" (what the customer already has). The past markers themselves ("hôm trước", "tuần
 * rồi") are read in clauses.ts.
 */
import { NOW_WORDS, PARTICLES, PAST_WORDS, WordSet } from './lexicon.ts';
import { isWord } from './context.ts';
import type { Clause, ParseContext } from './context.ts';

/** The index of the clause's last word that is no particle, or null. */
function lastWordOf(cx: ParseContext, c: Clause): number | null {
  for (let k = c.end - 1; k >= c.start; k--) {
    const t = cx.ts[k];
    if (isWord(t) && !PARTICLES.has(t)) return k;
  }
  return null;
}

/**
 * Marks as past a purchase closed by "rồi" that a clause of "now" ("giờ") or "more" ("thêm") follows; `opens` gives
 * where a clause's words start (clauses.ts wordsStart).
 */
export function purchasesBefore(cx: ParseContext, cls: readonly Clause[], opens: (c: Clause) => number): void {
  cls.forEach((c, k) => {
    const next = cls[k + 1];
    const last = lastWordOf(cx, c);
    if (next === undefined || !c.verb || last === null || cx.ts[last]!.fold !== 'roi') return;
    const first = cx.ts[opens(next)];
    if (next.more || (isWord(first) && NOW_WORDS.has(first))) c.past = true;
  });
}

/** A clause with no order verb, "có … rồi" from its first word to its last: what the customer already has. */
export function alreadyHas(cx: ParseContext, firstWord: number, lastWord: number): boolean {
  const ts = cx.ts;
  return lastWord > firstWord && ts[lastWord]!.fold === 'roi' &&
    ts.slice(firstWord, lastWord).some((t) => isWord(t) && (t.low === 'có' || (!cx.accented && t.low === 'co')));
}

/** Words after "đơn" that make it an earlier order ("đơn cũ", "đơn hôm qua", "đơn lúc nãy", "đơn tuần trước"). */
const OLD_ORDER = new WordSet(['cũ', 'hôm', 'trước', 'lúc', 'tuần', 'qua', 'hqua']);

/**
 * "cho e thêm 1 gói chả cá vào đơn cũ", "đơn hôm qua thêm 1 thùng c2": "thêm" with an earlier order named adds to it,
 * an order now, not a report of the past (no complaint word in the clause: "đơn cũ thiếu 1 hộp" stays one).
 */
export function addsToOldOrder(cx: ParseContext, c: Clause): boolean {
  let old = false;
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    if (!isWord(t)) continue;
    if (PAST_WORDS.has(t)) return false;
    if (t.fold === 'don' && OLD_ORDER.has(cx.ts[i + 1])) old = true;
  }
  return old;
}
