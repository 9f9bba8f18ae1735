/**
 * "nửa con gà" where the shop sells "Gà quay nửa con" beside "Gà quay nguyên con": half of a product, when a product
 * of the same kind is itself the half ("nửa", "half" in its name), is one of that product, not 0.5 of the whole.
 */
import { productHeadsOf, sharedConcepts } from './matcher.ts';
import type { ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';

// (As written: "Măng nứa" is a bamboo, not a half.)
const HALF_NAME = /(^|[\s(])(nửa|half)([\s)]|$)/u;

/** The product that is the half of product p (or p, when it is the half), when the amount is a spelled half; else null. */
export function halfNamed(cx: ParseContext, q: Quantity | null, p: number): number | null {
  if (q === null || q.value !== 0.5) return null;
  const first = cx.ts[q.start];
  if (first === undefined || !(first.fold === 'nua' || first.low === 'half')) return null;
  // ("nửa con gà ủ muối" read as the half itself: one of it.)
  if (HALF_NAME.test(cx.m.products[p]!.name.toLowerCase())) return p;
  const heads = productHeadsOf(cx.m, p);
  let best: number | null = null;
  let bestShared = -1;
  let tie = false;
  for (let o = 0; o < cx.m.products.length; o++) {
    if (o === p || !HALF_NAME.test(cx.m.products[o]!.name.toLowerCase())) continue;
    if (![...productHeadsOf(cx.m, o)].some((h) => heads.has(h))) continue;
    const shared = sharedConcepts(cx.m, p, o);
    if (shared > bestShared) {
      best = o;
      bestShared = shared;
      tie = false;
    } else if (shared === bestShared) tie = true;
  }
  return tie ? null : best;
}

/** Among products a phrase fits equally, the one that is itself the half, when the amount is a spelled half. */
export function halfAmong(cx: ParseContext, q: Quantity | null, candidates: readonly number[]): number | null {
  if (q === null || q.value !== 0.5) return null;
  const first = cx.ts[q.start];
  if (first === undefined || !(first.fold === 'nua' || first.low === 'half')) return null;
  const halves = candidates.filter((p) => HALF_NAME.test(cx.m.products[p]!.name.toLowerCase()));
  return halves.length === 1 ? halves[0]! : null;
}
