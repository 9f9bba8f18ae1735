/**
 * Goods sold by weight, volume or length ordered with no amount at all ("lấy khô kèo", "cho em sỏi màu", "I'd like
 * some dried squid"): one kilo, one litre or one metre is the reading's guess, not the customer's word. Ask how much
 * instead of weighing out a guess.
 */
import { isWord } from '../context.ts';
import type { Line, ParseContext } from '../context.ts';
import { unitOf } from '../matcher.ts';
import type { Doubt, ReviewRule } from './rule.ts';

export const unsaidAmount: ReviewRule = {
  name: 'unsaid-amount',
  why: 'goods sold by weight, volume or length need an amount the customer said',
  review(cx: ParseContext, line: Line): Doubt | null {
    // (An implied line given an amount since, "phở sợi to đổi thành 3 cân", has one; so has a phrase that says a
    // weight, volume or length, "bơ lạt Anchor 1kg".)
    if (!line.implied || line.qty !== 1 || line.np?.hits.some((h) => /^(mass|vol|len):/.test(h.concept))) return null;
    // ("1 cân ba chỉ, … à bỏ ba chỉ đi, lấy sườn non thay": goods put in place of others take over their amount.)
    if (line.corrected || cx.ts.some((t) => isWord(t) && t.fold === 'thay')) return null;
    const dim = unitOf(cx.m, line.product).dim;
    if (dim !== 'mass' && dim !== 'volume' && dim !== 'length') return null;
    return { reason: `no amount said of goods sold by the ${unitOf(cx.m, line.product).key}`, candidates: [line.product], amount: true };
  },
};
