/**
 * "3 chục nem chua" when the shop sells "Nem chua Thanh Hóa chục 10 cái" beside a bag of fifty: the word that
 * multiplied the number ("chục", "tá") is a word of one candidate's name, the pack sold by the ten or the dozen.
 * Among tied candidates, the one whose name has it is meant (convert.ts counts the amount in its packs: 3, not 30).
 */
import type { ParseContext } from './context.ts';
import type { Quantity } from './numbers.ts';
import { packsNamedByMultiplier } from './convert.ts';

export function namedByMultiplier(cx: ParseContext, q: Quantity | null, candidates: readonly number[]): number | null {
  if (q === null || !q.multiplied) return null;
  // ("nửa chục" is five pieces, not half a pack of ten.)
  const named = candidates.filter((p) => Number.isInteger(packsNamedByMultiplier(cx, q, p)));
  return named.length === 1 ? named[0]! : null;
}
