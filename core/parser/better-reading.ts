/**
 * Comparing two readings of the same words: the one that names fewer products (ideally one) is better, as
 * "2 túi lụa" read with "túi" as the product's noun or as its classifier.
 */
import { aliasConcepts, namesAllButPlaces, resolveConcepts, unitOf } from './matcher.ts';
import type { Matcher } from './matcher.ts';
import type { Unit } from './numbers.ts';
import type { NounPhrase } from './context.ts';

/** A phrase reading that names fewer products (ideally one) is better. */
export function better(m: Matcher, a: NounPhrase, b: NounPhrase | null, unit: Unit | null): boolean {
  if (!b || b.hits.length === 0) return a.hits.length > 0;
  if (a.hits.length === 0) return false;
  const ra = resolveConcepts(m, a.hits, null, a.unknownAttr);
  const rb = resolveConcepts(m, b.hits, unit, b.unknownAttr);
  const sa = spread(ra);
  const sb = spread(rb);
  // ("10 chai dầu tràm 10ml": one product either way, the bottle sold by the chai, or "Lăn dầu tràm 10ml" that an alias
  // calls "chai lăn tràm": the unit the customer counts in decides.)
  // (Not "1 túi quạt" when "túi quạt" is that product's alias, word for word.)
  if (sa === 1 && sb === 1 && unit !== null && unit.dim === 'count' && ra.candidates[0] !== rb.candidates[0] &&
    unitOf(m, rb.candidates[0]!).key === unit.key && unitOf(m, ra.candidates[0]!).key !== unit.key &&
    !aliasConcepts(m, ra.candidates[0]!).some((al) => al.length === a.hits.length && al.every((c, k) => c === a.hits[k]!.concept))) return false;
  // ("3 ổ bánh mì" where every bánh mì is sold by the ổ and one is named "Bánh mì không (ổ trơn)": the word is what
  // they are all counted in, not what tells that one apart; unless the words name that one whole, places aside.)
  if (sa === 1 && sb > 1 && sb < 1000 && unit !== null && unit.dim === 'count' && a.hits.length === b.hits.length + 1 &&
    b.hits.every((h) => a.hits.some((o) => o.concept === h.concept)) && rb.candidates.includes(ra.candidates[0]!) &&
    rb.candidates.every((p) => unitOf(m, p).key === unit.key) && !namesAllButPlaces(m, ra.candidates[0]!, a.hits.map((h) => h.concept))) return false;
  return sa < sb || (sa === sb && a.hits.length > b.hits.length);
}

/** How many products a resolved phrase leaves open (1000 when it fits none or names an attribute none has). */
function spread(r: { candidates: number[]; conflict: boolean }): number {
  return r.conflict || r.candidates.length === 0 ? 1000 : r.candidates.length;
}
