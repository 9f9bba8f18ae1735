/**
 * Shares of a line sent to different places ("lấy 2 hộp quà, 1 hộp gửi Hà Nội, 1 hộp gửi Bắc Ninh", "3 set quà Tết,
 * 1 set giao Hà Nội 2 set giao Tuyên Quang"): amounts that split what was ordered, adding up to it, and order no more.
 */
import { WordSet } from './lexicon.ts';
import { isWord, lookup, pairEndsAt } from './context.ts';
import type { Clause, Event, NounPhrase, ParseContext } from './context.ts';
import { productHas, spelledAs } from './matcher.ts';
import { UNITS, readNumberToken } from './numbers.ts';

/** Words after a count that send it somewhere ("1 hộp gửi Hà Nội", "1 giỏ giao về Huế", "2 giỏ ship HN"). */
export const SEND = new WordSet(['gửi', 'giao', 'ship', 'chuyển', 'send']);

/** Verbs of wrapping and splitting the goods ("gói 2 hộp quà riêng", "chia 3 túi"). */
export const PACKING_VERBS = new WordSet(['gói', 'bọc', 'chia', 'tách', 'đóng', 'wrap', 'split']);
const INTO = new WordSet(['thành', 'ra', 'làm', 'into']);

/**
 * "lấy 2 ký khô lóc, chia thành 4 túi nửa ký", "2 cân bột sắn dây, đóng 4 túi nửa cân giúp e": the amount at start,
 * after a line, is how to pack what was ordered (not after "gói" alone, which is as often the amount's own unit).
 */
export function packedInto(cx: ParseContext, start: number): boolean {
  if (cx.lines.length === 0) return false;
  const ts = cx.ts;
  const into = INTO.has(ts[start - 1]);
  const verb = into ? start - 2 : start - 1;
  if (!PACKING_VERBS.has(ts[verb]) || (!into && ts[verb]!.fold === 'goi')) return false;
  // (Said alone, the verb opens its clause: "…, đóng 4 túi"; not "hạt chia 1 túi", "lá dong 1 bó".)
  const prev = ts[verb - 1];
  return into || prev === undefined || prev.kind === 'soft';
}

/** The sum of the message's amounts followed by a verb of sending, right after them or after a one-word phrase. */
export function sentSum(cx: ParseContext): number {
  let sum = 0;
  cx.events.forEach((o, k) => {
    if (o.t !== 'Q') return;
    const next = cx.events[k + 1];
    const end = next?.t === 'NP' && next.np.start === o.q.end && next.np.end - next.np.start === 1 ? next.np.end : o.q.end;
    if (SEND.has(cx.ts[end])) sum += o.q.value;
  });
  return sum;
}

/**
 * "1 set giao Hà Nội" after "3 set quà Tết": the amount with its one-word phrase, all of whose words the product of
 * the line before has, followed by a verb of sending, is a share of that line ('share') while the shares sent stay
 * within it, and a doubt ('doubt') when they exceed it; null when it is no such share.
 */
export function sentShareOf(cx: ParseContext, np: NounPhrase): 'share' | 'doubt' | null {
  const line = cx.lines[cx.lines.length - 1];
  if (line === undefined || np.end - np.start !== 1 || np.hits.length === 0 || !isWord(cx.ts[np.end]) || !SEND.has(cx.ts[np.end])) return null;
  if (!np.hits.every((h) => productHas(cx.m, line.product, h.concept))) return null;
  // (The message is read clause by clause: the shares read so far may not exceed the line.)
  return sentSum(cx) <= line.qty ? 'share' : 'doubt';
}

/** After a verb of packing, words before its amount: "đóng chung 1 hộp", "chia ra 3 bịch", "gói lại 2 túi". */
const PACK_GLUE = new WordSet(['chung', 'ra', 'lại', 'thành', 'làm', 'riêng']);
/** "cho vô 2 túi", "bỏ vào 2 túi": put into. */
const PUT = new WordSet(['cho', 'bỏ']);
const INTO_PLACE = new WordSet(['vô', 'vào']);

/**
 * "e lấy 3 cân cốm loại 1 chia 6 túi nhỏ", "…, chia 3 túi mỗi túi 1 cân giúp e", "…, đóng chung 1 hộp", "mỗi loại chia
 * 2 túi 5kg": after goods ordered, a verb of packing before an amount says how to pack them; from it on, the clause's
 * amounts and words order nothing. Its events are taken out of evs (the amounts marked used). Only an amount of
 * containers follows ("2 túi", "1 hộp"); not a verb that is a word of the catalog ("hạt chia 250g"), nor "gói" right
 * after a number, where it is the amount's unit.
 */
export function packedAway(cx: ParseContext, c: Clause, evs: Event[]): void {
  if (c.dead) return;
  const ts = cx.ts;
  for (let k = c.start; k < c.end; k++) {
    const t = ts[k];
    if (!isWord(t)) continue;
    let j = k + 1;
    if (PUT.has(t) && INTO_PLACE.has(ts[j])) j++;
    else if (!PACKING_VERBS.has(t) || catalogWord(cx, k) || (t.fold === 'goi' && /^\d/.test(ts[k - 1]?.low ?? ''))) continue;
    while (PACK_GLUE.has(ts[j])) j++;
    // (So many bags, boxes, bunches: "chia 2 túi", not "gói 500g", a size, nor "gói 4 ví ngắn", goods to wrap.)
    const n = isWord(ts[j]) ? readNumberToken(ts[j]!.low) : null;
    if (j >= c.end || n === null || n.kind !== 'num' || (n.unit === null ? UNITS.get(ts[j + 1])?.dim !== 'count' : n.unit.dim !== 'count')) continue;
    // (Not containers the shop sells, "chia 2 túi giấy", nor shares sent on, "tách 3 hũ giao sáng, 3 hũ giao chiều".)
    const after = n.unit === null ? j + 2 : j + 1;
    if (pairEndsAt(cx, after) || SEND.has(ts[after])) continue;
    const before = evs.some((e) => e.t === 'NP' && e.np.end <= k) || (cx.lines.length > 0 && evs.every((e) => e.t !== 'NP' || e.np.start > k));
    if (!before) return;
    for (let e = evs.length - 1; e >= 0; e--) {
      const ev = evs[e]!;
      const at = ev.t === 'Q' ? ev.q.start : ev.t === 'NP' ? ev.np.start : -1;
      if (at <= k) continue;
      if (ev.t === 'Q') cx.usedQ.add(ev.q);
      evs.splice(e, 1);
    }
    cx.trace?.push(`packing: "${ts.slice(k, c.end).map((w) => w.raw).join(' ')}" says how to pack, no goods`);
    return;
  }
}

/** The word at k is the catalog's as written ("chia" of "hạt chia"; not "đóng" where the names write "đông"). */
function catalogWord(cx: ParseContext, k: number): boolean {
  const t = cx.ts[k]!;
  return lookup(cx, k) !== null && (!t.accented || spelledAs(cx.m, t.low));
}
