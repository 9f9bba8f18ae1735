/**
 * "chốt 1 combo 4 cốc", "2 thùng 12 chai", "1 hộp 8 cái": a count classifier followed by a count reads as one
 * product's name (its classifier and what one holds) when exactly one product is named so; the number before it is
 * how many.
 */
import { ParseContext, lookup } from './context.ts';
import type { Clause, NounPhrase } from './context.ts';
import { resolveConcepts, sharedConcepts } from './matcher.ts';
import { packCount } from './packs.ts';
import type { Quantity } from './numbers.ts';
import { readNP } from './noun-phrase.ts';

/**
 * "1 set 10 cốc", "1 set 3 bộ bé gái": a count classifier followed by a count, where the classifier with what follows
 * reads as one product's name ("Set 3 bộ mặc nhà bé gái", alias "set 10 cốc"): that phrase, or null.
 */
export function namedSet(cx: ParseContext, c: Clause, q: Quantity): NounPhrase | null {
  if (q.unit === null || q.unit.dim !== 'count' || q.unitIdx < 0 || q.x || q.label || lookup(cx, q.unitIdx) === null) return null;
  if (!/^\d/.test(cx.ts[q.unitIdx + 1]?.low ?? '')) return null;
  const alt = readNP(cx, c, q.unitIdx, true);
  // (Not "1 thùng 24 lon bia thủ công": the words after it go on naming what the case holds.)
  if (alt === null || alt.hits.length < 2 || alt.end <= q.unitIdx + 2 || lookup(cx, alt.end) !== null) return null;
  const r = resolveConcepts(cx.m, alt.hits, null, alt.unknownAttr);
  const set = r.candidates.length === 1 && !r.conflict ? r.candidates[0]! : null;
  if (set === null) return null;
  // ("cần 20 móc khóa cá, lấy 2 lô 10 cái": packs that add up to a line already written restate it; left to ask.)
  const pack = packCount(cx.m, set);
  if (pack !== null && cx.lines.some((l) => l.qty === q.value * pack && sharedConcepts(cx.m, l.product, set) > 0)) return null;
  return alt;
}
