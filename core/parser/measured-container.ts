/**
 * "2 chai mật ong 1 lít" beside honey sold by the litre and a 500 g jar, "1 can mắm nêm 5 lít" of fish paste by the
 * litre, "1 bao cát thạch anh 25kg" of sand by the kilogram, "lấy 1 cuộn dây tưới 100m" of hose by the metre:
 * containers counted, then how much each holds, of goods the shop sells by that measure. The amount is the count times the measure (2 litres), when exactly one candidate is sold
 * by it and none carries the measure in its name (then it is a size, read elsewhere), the shop packs no goods in such
 * a container of that measure, and the measure closes the item (not "2 chai nước mắm, 1 lít mật ong", where it counts
 * the next goods).
 */
import { productHas, productsOf, unitOf } from './matcher.ts';
import { isWord, lookup } from './context.ts';
import type { NounPhrase, ParseContext } from './context.ts';
import type { ConceptHit } from './matcher.ts';
import { measureOf } from './numbers.ts';
import type { Quantity } from './numbers.ts';

export function measuredContainer(cx: ParseContext, np: NounPhrase, q: Quantity | null, candidates: readonly number[]):
  { product: number; qty: number; size: Quantity } | null {
  if (q === null || candidates.length === 0) return null;
  // (The amount the scan read there, so that the review knows it was taken: after the goods, or after the count of
  // containers when the goods come first, "lưới che nắng lấy 1 cuộn 50m".)
  const at = q.end <= np.start ? np.end : q.start >= np.end ? q.end : -1;
  let size: Quantity | null = null;
  for (const e of cx.events) if (e.t === 'Q' && e.q.start === at) size = e.q;
  if (size === null || cx.usedQ.has(size)) return null;
  // (The next goods may follow: "1 lít mật ong".)
  if (isWord(cx.ts[size.end]) && lookup(cx, size.end) !== null) return null;
  const held = heldAmount(cx, np.hits, q, size, candidates);
  return held === null ? null : { ...held, size };
}

/** The one candidate sold by the measure each counted container holds, and the amount of it; null when none is. */
export function heldAmount(cx: ParseContext, hits: readonly ConceptHit[], q: Quantity, size: Quantity, candidates: readonly number[]):
  { product: number; qty: number } | null {
  const counted = q.unit?.dim === 'count' ? q.unit : q.alt?.dim === 'count' ? q.alt : null;
  // (Whole containers: "nửa cuộn 50m" may mean the half or the 50 metres.)
  if (counted === null || q.multiplied || !Number.isInteger(q.value) || size.unit === null) return null;
  const dim = size.unit.dim;
  if (dim !== 'mass' && dim !== 'volume' && dim !== 'length') return null;
  const measure = measureOf(size);
  if (measure !== null && candidates.some((p) => productHas(cx.m, p, measure))) return null;
  // ("1 túi chip trắng 1kg" where only the dark chips come in a 1 kg bag: the shop packs that measure in that container
  // for goods of the same words, so a bag of these is a pack it does not sell; ask.)
  if (measure !== null && productsOf(cx.m, measure).some((p) => unitOf(cx.m, p).key === counted.key && hits.some((h) => productHas(cx.m, p, h.concept)))) return null;
  const sold = candidates.filter((p) => unitOf(cx.m, p).dim === dim);
  if (sold.length !== 1) return null;
  const pu = unitOf(cx.m, sold[0]!);
  const qty = Math.round(((q.value * size.value * size.unit.factor) / pu.factor) * 1000) / 1000;
  return { product: sold[0]!, qty };
}
