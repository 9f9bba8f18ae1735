/**
 * "2 chai mật ong 1 lít" beside honey sold by the litre and a 500 g jar, "1 can mắm nêm 5 lít" of fish paste by the
 * litre, "1 bao cát thạch anh 25kg" of sand by the kilogram: containers counted, then how much each holds, of goods the
 * shop sells by that measure. The amount is the count times the measure (2 litres), when exactly one candidate is sold
 * by it and none carries the measure in its name (then it is a size, read elsewhere), the shop packs no goods in such
 * a container of that measure, and the measure closes the item (not "2 chai nước mắm, 1 lít mật ong", where it counts
 * the next goods).
 */
import { productHas, productsOf, unitOf } from './matcher.ts';
import { isWord, lookup } from './context.ts';
import type { NounPhrase, ParseContext } from './context.ts';
import { measureConcept } from './numbers.ts';
import type { Quantity } from './numbers.ts';

export function measuredContainer(cx: ParseContext, np: NounPhrase, q: Quantity | null, candidates: readonly number[]):
  { product: number; qty: number; size: Quantity } | null {
  if (q === null || q.end > np.start || candidates.length === 0) return null;
  const counted = q.unit?.dim === 'count' ? q.unit : q.alt?.dim === 'count' ? q.alt : null;
  if (counted === null || q.multiplied) return null;
  // (The amount the scan read there, so that the review knows it was taken.)
  let size: Quantity | null = null;
  for (const e of cx.events) if (e.t === 'Q' && e.q.start === np.end) size = e.q;
  if (size === null || size.unit === null || cx.usedQ.has(size)) return null;
  const dim = size.unit.dim;
  if (dim !== 'mass' && dim !== 'volume') return null;
  // (The next goods may follow: "1 lít mật ong".)
  if (isWord(cx.ts[size.end]) && lookup(cx, size.end) !== null) return null;
  const measure = size.measure ?? measureConcept(size.value, size.unit);
  if (measure !== null && candidates.some((p) => productHas(cx.m, p, measure))) return null;
  // ("1 túi chip trắng 1kg" where only the dark chips come in a 1 kg bag: the shop packs that measure in that container
  // for goods of the same words, so a bag of these is a pack it does not sell; ask.)
  if (measure !== null && productsOf(cx.m, measure).some((p) => unitOf(cx.m, p).key === counted.key && np.hits.some((h) => productHas(cx.m, p, h.concept)))) return null;
  const sold = candidates.filter((p) => unitOf(cx.m, p).dim === dim);
  if (sold.length !== 1) return null;
  const pu = unitOf(cx.m, sold[0]!);
  const qty = Math.round(((q.value * size.value * size.unit.factor) / pu.factor) * 1000) / 1000;
  return { product: sold[0]!, qty, size };
}
