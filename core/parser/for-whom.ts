/**
 * Who or what an order is for, said beside the goods: "cho bé", "cho quán cafe", and counted, "cho 4 đứa cháu",
 * "cho đoàn 8 người" (read as asides by asides.ts; a product phrase ends before them, noun-phrase.ts).
 */
import { WordSet } from './lexicon.ts';
import { isWord, lookup } from './context.ts';
import type { ParseContext } from './context.ts';
import { isHead, productsOf } from './matcher.ts';

/** People and places an order is for: "cho bé", "cho bà ngoại", "cho quán cafe", "cho công ty", "cho cả đoàn". */
export const FOR_WHOM = new WordSet([
  'bé', 'con', 'cháu', 'mẹ', 'bố', 'ba', 'má', 'ông', 'bà', 'vợ', 'chồng', 'sếp', 'bạn', 'chị', 'anh', 'em', 'cô', 'chú', 'bác', 'dì',
  'quán', 'tiệm', 'công', 'văn', 'bếp', 'nhà', 'lớp', 'đoàn', 'cả', 'khách', 'nhóm', 'đội', 'hội',
]);

/**
 * The people or rooms an order is counted for: "cho 4 đứa cháu", "cho đoàn 8 người", "cho 4 phòng ngủ", "cho 12 nhân
 * viên", "cho 30 học sinh".
 */
const PEOPLE_WORDS = ['người', 'đứa', 'bé', 'cháu', 'khách', 'bạn', 'ng', 'nhân', 'học'];
const COUNTED_FOR = new WordSet([...PEOPLE_WORDS, 'phòng', 'nhà', 'lớp']);
/** People counted ("12 khách", "8 đứa", "20 bạn", "12 nhân viên"): one noun counts them, another may name each (per-head.ts). */
export const PEOPLE = new WordSet(PEOPLE_WORDS);

/**
 * After "cho" at k: an optional word of whom ("đoàn", "cả"), a number, and the people or rooms it counts, with the
 * word of whom after them ("4 đứa cháu"); the end of that span, or 0. Not where the catalog sells by that count ("lều
 * cho 4 người" with "Lều 4 người" for sale names the tent).
 */
export function countedForWhom(cx: ParseContext, k: number): number {
  const ts = cx.ts;
  if (isWord(ts[k]) && FOR_WHOM.has(ts[k]) && !/^\d/.test(ts[k]!.low)) k++;
  const n = ts[k];
  const w = ts[k + 1];
  if (n === undefined || !/^\d+$/.test(n.low) || !isWord(w) || !COUNTED_FOR.has(w)) return 0;
  if (productsOf(cx.m, `na:${w.fold}:${n.low}`).length > 0 || productsOf(cx.m, `na:nguoi:${n.low}`).length > 0) return 0;
  let end = k + 2;
  const after = ts[end];
  if (isWord(after) && (FOR_WHOM.has(after) || COUNTED_FOR.has(after)) && !isHead(cx.m, lookup(cx, end)?.concept ?? '')) end++;
  return end;
}
