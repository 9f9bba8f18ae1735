/**
 * "ngói vảy cá 450v", "gạch bát lấy 100v": a count glued to "v" is so many viên where the shop sells by the viên and no
 * name carries a voltage so written ("Pin vuông 9V", where "4v" may be one); read for quantityOf (context.ts).
 */
import type { Token } from './normalize.ts';
import type { Matcher } from './matcher.ts';
import { isProductUnit } from './matcher.ts';
import { UNITS } from './numbers.ts';
import type { Quantity } from './numbers.ts';

const VOLTS = new WeakMap<Matcher, boolean>();

/** True when some name or alias writes a voltage glued with a capital V; an alias "ngói 22v" counts viên. */
function namesVolts(m: Matcher): boolean {
  let known = VOLTS.get(m);
  if (known === undefined) {
    known = m.products.some((p) => [p.name, ...p.aliases].some((t) => /\d(?:[.,]\d+)?V\b/.test(t)));
    VOLTS.set(m, known);
  }
  return known;
}

/** The count of viên written "450v" at token i, or null (the caller then checks that the catalog has no such code). */
export function gluedVien(m: Matcher, ts: readonly Token[], i: number): Quantity | null {
  const glued = /^(\d+)v$/.exec(ts[i]?.low ?? '');
  if (glued === null || !isProductUnit(m, 'vien') || namesVolts(m)) return null;
  return { value: Number(glued[1]), unit: UNITS.getText('viên')!, start: i, end: i + 1, words: false, x: false, label: false, unitIdx: -1, measure: null, multiplied: false, vague: false };
}
