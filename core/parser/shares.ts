/**
 * Shares of a line sent to different places ("lấy 2 hộp quà, 1 hộp gửi Hà Nội, 1 hộp gửi Bắc Ninh", "3 set quà Tết,
 * 1 set giao Hà Nội 2 set giao Tuyên Quang"): amounts that split what was ordered, adding up to it, and order no more.
 */
import { WordSet } from './lexicon.ts';
import { isWord } from './context.ts';
import type { NounPhrase, ParseContext } from './context.ts';
import { productHas } from './matcher.ts';

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
