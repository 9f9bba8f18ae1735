/**
 * What one unit of a product holds, read from the catalog index: how many pieces ("xấp 10 cái", "(6 chiếc)") and how
 * much of a measure ("chai 500ml", "gói 200g"). Kept beside matcher.ts, which reads the rest of the index.
 */
import { INDEX } from './matcher-index.ts';
import type { Matcher } from './matcher-index.ts';

/**
 * How many pieces one unit of product p holds, from its name ("xấp 10 cái", "bộ 10 tấm", "(6 chiếc)"), or null. The
 * name's own count decides over its aliases' ("LED 5mm đỏ (gói 50 con)" beside the alias "led 5 ly đỏ").
 */
export function packCount(m: Matcher, p: number): number | null {
  const own = onePack(m[INDEX].nameConcepts[p]!);
  return own !== undefined ? own : (onePack(m[INDEX].productConcepts[p]!) ?? null);
}

/** The one pack count among the concepts; null when there are several, undefined when there is none. */
function onePack(concepts: ReadonlySet<string>): number | null | undefined {
  let n: number | undefined;
  for (const c of concepts) {
    if (!c.startsWith('na:pack:')) continue;
    if (n !== undefined) return null;
    n = Number(c.slice('na:pack:'.length));
  }
  return n;
}

/** True when some product is sold in packs that count this word ("nén" of "bó 100 nén"). */
export function isPackWord(m: Matcher, f: string): boolean {
  return m[INDEX].conceptProducts.has(`packword:${f}`);
}

/** The one amount (kg for "mass", l for "volume") a unit of product p holds, by its name ("chai 500ml"), or null. */
export function packSize(m: Matcher, p: number, dim: string): number | null {
  const set = m[INDEX].packs[p]!.get(dim);
  if (!set || set.size !== 1) return null;
  for (const v of set) return v;
  return null;
}
