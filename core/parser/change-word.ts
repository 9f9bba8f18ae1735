/** "đổi sang / thành / qua": a change of the line before starts here (change-into.ts reads it). */
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';
import type { Token } from './normalize.ts';

/**
 * "… à đổi sang màu trắng", "đổi thành size L", typed bare "a doi thanh gac nhe": "đổi" + "sang / thành / qua" at i.
 * (Typed bare, unless a number makes "doi" the pair it counts: "2 doi".)
 */
export function changeInto(cx: ParseContext, i: number, prev: Token | undefined): boolean {
  const t = cx.ts[i]!;
  const bareDoi = t.low === 'doi' && !cx.accented && !(prev !== undefined && /^\d/.test(prev.low));
  const n = cx.ts[i + 1];
  return (t.low === 'đổi' || bareDoi) && isWord(n) && ['sang', 'qua', 'thanh'].includes(n.fold);
}
