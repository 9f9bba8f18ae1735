/**
 * "cân" (a kilo, or weighed) in a product phrase. Goods named sold loose by weight carry the word ("Mì cân", "Chả quế
 * cân"; name-words.ts keeps it as a word of their names): in a message, a number word before it is a weight, the
 * amount of such goods ("chả quế nửa cân"), unless it names the size of what was counted or read so far ("một cây
 * giò lụa nửa cân" of "Chả lụa nửa cân"); before "ký" it says how goods are sold ("que xiên cân ký").
 */
import { productHas, unitOf } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import { UNITS, measureConcept } from './numbers.ts';
import { smallNumberWord } from './number-words.ts';
import { isKilo } from './units.ts';
import { quantityOf } from './context.ts';
import type { ParseContext } from './context.ts';
import type { Token } from './normalize.ts';

/**
 * Whether the number word at `j`, before "cân" (or another unit of weight or volume), ends the phrase as the amount of
 * goods read so far (`cur`): not after a count (`afterQ`), and not where the weight is the size of those goods ("chè
 * cốm nửa cân" beside "Chè cốm hũ 500g") unless one of them is sold loose by weight ("cân" only).
 */
export function weightAmountAt(cx: ParseContext, j: number, cur: readonly number[] | null, afterQ: boolean): boolean {
  const t = cx.ts[j]!;
  // (So before "ký", "lạng", "lít": "mực khô loại 1 hai ký, loại 2 một ký" beside "Mực một nắng", where "một" is a
  // word of a name.)
  const can = cx.ts[j + 1]?.fold === 'can';
  const unit = can ? undefined : UNITS.get(cx.ts[j + 1]);
  if (afterQ || (!can && (unit === undefined || (unit.dim !== 'mass' && unit.dim !== 'volume'))) || !smallNumberWord(t.low)) return false;
  const q = quantityOf(cx, j);
  if (q === null || q.unit === null || (q.unit.dim !== 'mass' && q.unit.dim !== 'volume') || cur === null) return false;
  if (can && cur.some((p) => productHas(cx.m, p, 'can') && unitOf(cx.m, p).dim === 'mass')) return true;
  const concept = measureConcept(q.value, q.unit);
  return concept === null || !cur.some((p) => productHas(cx.m, p, concept));
}

/**
 * Whether "cân" at `j`, right after the phrase read so far (`hits`, fitting `cur`), goes on it as a name carries it:
 * after a number word some product read so far has with every other word, or before "ký".
 */
export function weightUnitOfName(cx: ParseContext, j: number, t: Token, hits: readonly ConceptHit[], cur: readonly number[] | null): boolean {
  if (t.fold !== 'can' || UNITS.get(t) === undefined) return false;
  if (isKilo(cx.ts[j + 1]?.low)) return true;
  return smallNumberWord(cx.ts[j - 1]!.low) && cur !== null && cur.some((p) => hits.every((x) => productHas(cx.m, p, x.concept)));
}
