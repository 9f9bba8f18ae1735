/**
 * "nửa con gà" where the shop sells "Gà quay nửa con" beside "Gà quay nguyên con": half of a product, when a product
 * of the same kind is itself the half ("nửa", "half" in its name), is one of that product, not 0.5 of the whole.
 */
import { closestTo, productHeadsOf } from './matcher.ts';
import type { ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';

// (As written: "Măng nứa" is a bamboo, not a half.)
const HALF_NAME = /(^|[\s(])(nửa|half)([\s)]|$)/u;

/** The product that is the half of product p (or p, when it is the half), when the amount is a spelled half; else null. */
export function halfNamed(cx: ParseContext, q: Quantity | null, p: number): number | null {
  if (!spelledHalf(cx, q)) return null;
  // ("nửa con gà ủ muối" read as the half itself: one of it.)
  if (HALF_NAME.test(cx.m.products[p]!.name.toLowerCase())) return p;
  const heads = productHeadsOf(cx.m, p);
  const halves = cx.m.products.map((_, o) => o).filter((o) =>
    HALF_NAME.test(cx.m.products[o]!.name.toLowerCase()) && [...productHeadsOf(cx.m, o)].some((h) => heads.has(h)));
  return closestTo(cx.m, p, halves);
}

/** Among products a phrase fits equally, the one that is itself the half, when the amount is a spelled half. */
export function halfAmong(cx: ParseContext, q: Quantity | null, candidates: readonly number[]): number | null {
  if (!spelledHalf(cx, q)) return null;
  const halves = candidates.filter((p) => HALF_NAME.test(cx.m.products[p]!.name.toLowerCase()));
  return halves.length === 1 ? halves[0]! : null;
}

/** The amount is "nửa" or "half" as written ("nửa con"), not 0.5 written as a number. */
function spelledHalf(cx: ParseContext, q: Quantity | null): boolean {
  const first = q === null ? undefined : cx.ts[q.start];
  return q !== null && q.value === 0.5 && first !== undefined && (first.fold === 'nua' || first.low === 'half');
}
