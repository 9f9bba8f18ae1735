/**
 * Stage 6: review. Every placed line is checked by the review rules (rules/); a line a rule doubts is taken out
 * of the cart and becomes a question with buttons, so that a doubt never becomes the wrong goods.
 */
import { skuOf } from './matcher.ts';
import { phraseOf } from './context.ts';
import type { ParseContext } from './context.ts';
import { REVIEW_RULES } from './rules/index.ts';
import { settleHeaders } from './header-sum.ts';

export function review(cx: ParseContext): void {
  for (let k = 0; k < cx.lines.length; k++) {
    const line = cx.lines[k]!;
    for (const rule of REVIEW_RULES) {
      const d = rule.review?.(cx, line) ?? null;
      if (d === null) continue;
      cx.trace?.push(`review ${rule.name}: ${skuOf(cx.m, line.product)} → ask (${d.reason})`);
      cx.lines.splice(k--, 1);
      cx.unresolved.push({
        phrase: line.np ? phraseOf(cx, line.np) : '',
        qty: line.qty,
        candidates: d.candidates.map((p) => skuOf(cx.m, p)),
        implied: line.implied,
        ...(d.amount ? { amount: true } : {}),
      });
      break;
    }
  }
  settleHeaders(cx);
  for (const rule of REVIEW_RULES) {
    for (const d of rule.reviewMessage?.(cx) ?? []) {
      cx.trace?.push(`review ${rule.name}: ask about "${d.phrase}" (${d.reason})`);
      cx.unresolved.push({ phrase: d.phrase, qty: d.qty, candidates: d.candidates.map((p) => skuOf(cx.m, p)), implied: false });
    }
  }
}
