/**
 * "diều rồng loại dài nhất", "cho 2 cần carbon loại ngắn nhất", "1 bình gốm cao nhất": siblings that differ by one
 * measure (a length, a size, a volume), and the customer asks for the longest or the shortest. The candidate with
 * the largest (or smallest) value of that measure, when every candidate carries exactly one value of it.
 */
import { WordSet } from './lexicon.ts';
import { isWord } from './context.ts';
import type { Mention, ParseContext } from './context.ts';
import { productConcepts } from './matcher.ts';

export const LARGEST = new WordSet(['dài', 'cao', 'to', 'lớn', 'rộng', 'nặng', 'bự', 'longest', 'biggest', 'largest', 'tallest']);
export const SMALLEST = new WordSet(['ngắn', 'thấp', 'nhỏ', 'bé', 'hẹp', 'nhẹ', 'shortest', 'smallest']);
export const MOST = new WordSet(['nhất', 'nhat']);
const KINDS = ['len', 'sz', 'vol', 'mass', 'num'];

export function superlative(cx: ParseContext, m: Mention, candidates: readonly number[]): number | null {
  const c = cx.curClause;
  const end = c !== null ? c.end : m.np.end + 4;
  let want: 1 | -1 | 0 = 0;
  for (let j = m.np.start; j < end - 1; j++) {
    const t = cx.ts[j];
    const n = cx.ts[j + 1];
    if (!isWord(t) || !isWord(n) || !MOST.has(n)) continue;
    if (LARGEST.has(t)) want = 1;
    else if (SMALLEST.has(t)) want = -1;
  }
  if (want === 0) return null;
  for (const kind of KINDS) {
    const values = candidates.map((p) => {
      const vs = [...productConcepts(cx.m, p)].filter((x) => x.startsWith(`${kind}:`)).map((x) => Number(x.slice(kind.length + 1)));
      return vs.length === 1 && Number.isFinite(vs[0]) ? vs[0]! : null;
    });
    if (values.some((v) => v === null)) continue;
    const best = want === 1 ? Math.max(...(values as number[])) : Math.min(...(values as number[]));
    const at = values.filter((v) => v === best);
    if (at.length === 1) return candidates[values.indexOf(best)]!;
  }
  return null;
}
