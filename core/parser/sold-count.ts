/**
 * "quất 1m5 2 chậu" beside "Quất chậu cao 1m5", sold by the chậu, and "Cặp quất … 1m5 (2 chậu)": whether a count in
 * the word a candidate is sold by is the amount rather than the pack another name counts (attributes.ts, nameAttr).
 */
import { PARTICLES } from './lexicon.ts';
import { UNITS } from './numbers.ts';
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';

/**
 * The count at j and its word close the item ("quất 1m5 2 chậu", "…, quat 1m 2 chau"), and no count stands before
 * the item in its clause ("2 bó hồng đỏ 5 cành" is two bunches of five).
 */
export function closesUncounted(cx: ParseContext, j: number): boolean {
  const after = cx.ts[j + 2];
  if (isWord(after) && !PARTICLES.has(after)) return false;
  const start = cx.curClause?.start ?? 0;
  for (let k = j - 1; k >= start; k--) {
    const t = cx.ts[k]!;
    if (!isWord(t)) return true;
    if (/^\d+$/.test(t.low) && UNITS.get(cx.ts[k + 1])?.dim === 'count') return false;
  }
  return true;
}
