/**
 * "lấy vài chậu trạng nguyên", "cho e mấy chậu quất": "vài", "mấy" before the word the shop sells its goods by, where
 * that word is no classifier of the unit table ("chậu" heads the names of a plant shop), is a few of them: an amount
 * the customer left open, asked as "vài cái" is. Read for quantityOf (context.ts), as glued-count.ts is.
 */
import type { Token } from './normalize.ts';
import type { Matcher } from './matcher.ts';
import { isProductUnitWord } from './matcher.ts';
import { UNITS } from './numbers.ts';
import type { Quantity } from './numbers.ts';

/** "vài", "mấy", "dăm", written with their marks (typed bare, "vai" is a shoulder, "may" to sew). */
const FEW = new Set(['vài', 'mấy', 'dăm']);

/** A few of the goods' own unit at token i ("vài" + "chậu"), or null. */
export function fewOfUnit(m: Matcher, ts: readonly Token[], i: number): Quantity | null {
  const t = ts[i];
  const u = ts[i + 1];
  if (t === undefined || t.kind !== 'word' || !FEW.has(t.low) || u === undefined || u.kind !== 'word') return null;
  if (UNITS.get(u) !== undefined || !isProductUnitWord(m, u)) return null;
  return leftOpen(2, i);
}

/** An amount the customer left open, said by the one word at i ("vài", "ít"), read as `value` until asked. */
export function leftOpen(value: number, i: number): Quantity {
  return { value, unit: null, start: i, end: i + 1, words: true, x: false, label: false, unitIdx: -1, measure: null, multiplied: false, vague: true };
}
