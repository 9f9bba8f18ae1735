/**
 * Remarks inside a clause about the amount or the order as a whole, not lines of it: "à đổi 2 cây thôi" restates
 * the amount just written; "ko lấy thêm gì" says nothing more is wanted.
 */
import { MORE_WORDS, NEGATIONS, ORDER_VERBS, PARTICLES, PRONOUNS, WordSet } from './lexicon.ts';
import { ParseContext, isWord } from './context.ts';
import type { Clause } from './context.ts';


/**
 * "3 cây giò lụa à đổi 2 cây thôi", "lấy 3 hộp, đổi 2 hộp thôi": "đổi" right before a number, after "à"/"thôi" or
 * opening a clause that follows an order, changes the amount just written; it cancels nothing.
 */
export function restatesAmount(cx: ParseContext, c: Clause, i: number): boolean {
  const ts = cx.ts;
  // ("đổi lại 4 cuộn thôi": "lại", again, may stand between.)
  const again = isWord(ts[i + 1]) && ts[i + 1]!.fold === 'lai' ? 1 : 0;
  const next = ts[i + 1 + again];
  if (!isWord(next) || !/^\d/.test(next.low)) return false;
  const prev = ts[i - 1];
  const after = isWord(prev) && (prev.low === 'à' || prev.fold === 'thoi');
  const opens = i === c.start && cx.clauses.indexOf(c) > 0;
  if (!after && !opens) return false;
  for (let k = i - 1; k >= 0; k--) if (isWord(ts[k]) && /^\d/.test(ts[k]!.low)) return true;
  return false;
}


/** Words that may stand around "gì" in "không lấy thêm gì nữa", "ko cần gì thêm đâu", "không mua gì nữa ạ". */
const NOTHING_GLUE = new WordSet(['cả', 'hết', 'đâu', 'khác']);

/** The clause says nothing more is wanted: a negation, an order verb or "thêm", then "gì", then "thêm"/"nữa". */
export function nothingMore(cx: ParseContext, c: Clause): boolean {
  const ts = cx.ts;
  let k = c.start;
  while (k < c.end && isWord(ts[k]) && (PRONOUNS.has(ts[k]) || PARTICLES.has(ts[k]))) k++;
  if (!NEGATIONS.has(ts[k])) return false;
  k++;
  let verb = false;
  while (k < c.end && isWord(ts[k]) && (ORDER_VERBS.has(ts[k]) || MORE_WORDS.has(ts[k]))) {
    verb = true;
    k++;
  }
  if (!verb || !isWord(ts[k]) || ts[k]!.fold !== 'gi') return false;
  for (k++; k < c.end; k++) {
    const t = ts[k];
    if (isWord(t) && !(MORE_WORDS.has(t) || PARTICLES.has(t) || PRONOUNS.has(t) || NOTHING_GLUE.has(t))) return false;
  }
  return true;
}
