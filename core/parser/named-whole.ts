/**
 * A name nested in another is the plain one: "5 gói mơ 200g" when the shop sells "Ô mai mơ gói 200g" and "Ô mai mơ
 * gừng gói 200g". Both hold every word the customer wrote; the second adds a word of its own ("gừng") that was not
 * said, the first adds nothing the second lacks. Among candidates that tie, the one whose name says nothing beyond
 * each other candidate's name (what the customer said aside), while each other one has an unsaid word of its own, is
 * meant. Siblings that each add a word of their own ("… gói 200g" and "… hũ 300g", "loại A" and "loại B") stay
 * apart and the reading asks. Only the products' own names count: an alias is how the shop owner shortens one
 * product and says nothing about its siblings.
 */
import { nameConcepts, plainConcept, unitOf } from './matcher.ts';
import { lookup } from './context.ts';
import type { Mention, ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';

export function namedWhole(cx: ParseContext, m: Mention, q: Quantity | null, candidates: readonly number[]): number | null {
  // "2 gạo nếp" beside "Gạo nếp nương (kg)" and "Gạo nếp nương bao 5kg": two kilos or two bags is the question, and
  // the names do not answer it. Without a unit said, a bare number counts pieces: the plain product must be sold by
  // the piece when its siblings are sold otherwise ("25 quạt hoa 30" beside the box of twelve is 25 fans).
  const bare = q === null || q.unit === null;
  const unitsDiffer = candidates.some((p) => unitOf(cx.m, p).key !== unitOf(cx.m, candidates[0]!).key);
  // A word said with its spelling mark ("trắng", "mè") is that spelling and its folded form alike.
  const said = new Set<string>();
  const say = (c: string): void => {
    said.add(c);
    said.add(plainConcept(c));
  };
  for (const h of m.np.hits) say(h.concept);
  // The container counted is said too: "2 hũ sấu".
  if (q !== null && q.unitIdx >= 0) {
    const u = lookup(cx, q.unitIdx);
    if (u !== null) say(u.concept);
  }
  for (const p of candidates) {
    const own = nameConcepts(cx.m, p);
    const nested = candidates.every((o) => {
      if (o === p) return true;
      const other = nameConcepts(cx.m, o);
      for (const c of own) if (!said.has(c) && !other.has(c)) return false;
      for (const c of other) if (!own.has(c) && !said.has(c)) return true;
      return false;
    });
    if (nested) return bare && unitsDiffer && unitOf(cx.m, p).dim !== 'count' ? null : p;
  }
  return null;
}
