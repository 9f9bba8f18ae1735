/**
 * Corrections read while scanning a clause (stage 3, for scan.ts): "đổi sang / thành / qua …" replaces the line
 * before, typed bare too ("a doi thanh gac nhe"); a clause that ends on "mới đúng" or "thay" corrects it.
 */
import { WordSet } from './lexicon.ts';
import { isWord, lookup } from './context.ts';
import type { Clause, Event, ParseContext } from './context.ts';
import { elidedGrade, gradeFirst } from './elided-sizes.ts';
export { changeInto } from './change-word.ts';

/** Reads "đổi sang …" at i: what follows replaces the line before. Returns where scanning goes on. */
export function afterChangeInto(cx: ParseContext, c: Clause, i: number, evs: Event[]): number {
  evs.push({ t: 'CORR' });
  i += 2;
  const graded = elidedGrade(cx, i, evs);
  if (graded !== null) {
    // "kỷ tử loại B 5 lạng, thôi đổi sang loại A": the grade alone names the sibling of the line before;
    // "đổi sang mẫu B 50": with what follows it, read as a phrase of its own.
    const further = gradeFirst(cx, c, i, graded.end);
    if (further !== null) {
      for (const h of further.hits) if (!graded.hits.some((g) => g.concept === h.concept)) graded.hits.push(h);
      graded.end = further.end;
    }
    evs.push({ t: 'NP', np: graded });
    i = graded.end;
  }
  return i;
}

/** Chat particles that may close a clause after "mới đúng" or "thay". */
const CLOSERS = new WordSet(['nha', 'nhé', 'ạ', 'shop', 'c', 'chị', 'e', 'nhen', 'đi']);

/**
 * The clause ends on "mới đúng" (is the right one) or "thay" (instead; not "để thay", to replace a part), and names
 * an amount or goods. ("à quên, thêm …" is no correction: the customer forgot to add something.)
 */
export function correctsLineBefore(cx: ParseContext, c: Clause): boolean {
  const ts = cx.ts;
  const idx: number[] = [];
  for (let k = c.start; k < c.end; k++) if (isWord(ts[k])) idx.push(k);
  while (idx.length > 0 && CLOSERS.has(ts[idx[idx.length - 1]!])) idx.pop();
  const last = ts[idx[idx.length - 1] ?? -1];
  const beforeLast = ts[idx[idx.length - 2] ?? -1];
  const closes = (last?.fold === 'dung' && beforeLast?.fold === 'moi') || (last?.fold === 'thay' && beforeLast?.fold !== 'de');
  return closes && idx.some((k) => /^\d/.test(ts[k]!.low) || lookup(cx, k) !== null);
}
