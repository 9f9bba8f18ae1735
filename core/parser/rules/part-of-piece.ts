/**
 * A fraction of something sold whole by the piece or the container ("lấy nửa thùng a4 70" of paper sold by the
 * carton, "nửa hộp đá cắt" of discs sold by the box of 25) is no amount the shop can hand over: ask (the customer may
 * mean loose pieces, or a smaller pack). Goods sold by weight, volume or length, and by the ten or the dozen ("nửa
 * chục nem"), are measured and stay as read.
 */
import type { Line, ParseContext } from '../context.ts';
import { unitOf } from '../matcher.ts';
import type { Doubt, ReviewRule } from './rule.ts';

export const partOfPiece: ReviewRule = {
  name: 'part-of-piece',
  why: 'a fraction of a product sold whole by the piece or the container cannot be handed over',
  review(cx: ParseContext, line: Line): Doubt | null {
    if (Number.isInteger(line.qty)) return null;
    const u = unitOf(cx.m, line.product);
    if (u.dim !== 'count' || u.factor > 1) return null;
    return { reason: `${line.qty} of a product sold whole by the ${u.key}`, candidates: [line.product] };
  },
};
