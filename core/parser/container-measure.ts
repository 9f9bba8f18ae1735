/**
 * "rượu 40 độ chai lít", "mắm ruốc hũ ký", "dừa sấy gói nửa ký": a container named with a bare unit of volume or
 * weight, no number before it, says the container's size: one of the unit ("chai lít" is the litre bottle), or half
 * of it after "nửa" ("chai nửa lít" is the 500 ml bottle).
 */
import { CONTAINERS, UNITS, measureConcept } from './numbers.ts';
import { HALF } from './number-words.ts';
import { isWord } from './context.ts';
import type { ParseContext } from './context.ts';
import { productHas, productsOf } from './matcher.ts';

/**
 * At j, right after a container word (of the phrase, or the unit of the amount before it, "2 chai nửa lít ba kích"): the
 * size it names, as a measure concept some of the products so far (cur, or any product) have, and where its words
 * end; null when there is none.
 */
export function containerSizeAt(cx: ParseContext, j: number, cur: readonly number[] | null): { concept: string; end: number } | null {
  const ts = cx.ts;
  if (!CONTAINERS.has(ts[j - 1])) return null;
  const half = HALF.has(ts[j]);
  const k = half ? j + 1 : j;
  const t = ts[k];
  const unit = isWord(t) ? UNITS.get(t) : undefined;
  if (unit === undefined || (unit.dim !== 'volume' && unit.dim !== 'mass')) return null;
  // (Typed bare, "ky" is as often "kỹ" or "kỷ": "gói kỹ giúp e" wraps carefully, "gói kỷ tử" is goji.)
  if (!t!.accented && (t!.fold === 'ky' || t!.fold === 'ki')) return null;
  // ("chai 1 lít" is read as a number and its unit; a number after the unit, "chai lít 2 chai", is the amount.)
  const concept = measureConcept(half ? 0.5 : 1, unit);
  if (concept === null || !(cur === null ? productsOf(cx.m, concept).length > 0 : cur.some((p) => productHas(cx.m, p, concept)))) return null;
  return { concept, end: k + 1 };
}
