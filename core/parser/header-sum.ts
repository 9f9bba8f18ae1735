/**
 * "2 bộ phao, 1 bộ đài 1 bộ xốp": a line that could be any of some siblings, followed by lines of those siblings
 * whose amounts add up to it, is a header the lines spell out. It is explained by them; nothing is left to ask.
 * (A header with a colon, "2 chăn hè 1m6: 1 xanh 1 hồng", is read by header-list.ts.)
 */
import { skuOf } from './matcher.ts';
import { addsMore } from './context.ts';
import type { ParseContext } from './context.ts';

export function settleHeaders(cx: ParseContext): void {
  for (let k = cx.unresolved.length - 1; k >= 0; k--) {
    const u = cx.unresolved[k]!;
    if (u.candidates.length < 2 || u.implied) continue;
    // (Not lines that add more, "…, thêm 5 quạt hỷ nữa": those are ordered beside the header, not inside it.)
    const parts = cx.lines.filter((l) => !l.implied && u.candidates.includes(skuOf(cx.m, l.product)) && !(l.np != null && addsMore(cx, l.np)));
    if (parts.length < 2 || new Set(parts.map((l) => l.product)).size !== parts.length) continue;
    const sum = parts.reduce((s, l) => s + l.qty, 0);
    if (Math.abs(sum - u.qty) > 1e-9) continue;
    cx.trace?.push(`header-sum: "${u.phrase}" × ${u.qty} is spelled out by the lines after it`);
    cx.unresolved.splice(k, 1);
  }
}
