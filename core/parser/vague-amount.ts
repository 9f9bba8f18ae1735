/**
 * "lấy mấy cái đế gỗ", "cho e mấy gói bánh đa dừa", "gửi chị mấy ký lạp xưởng": right after a verb of ordering, "mấy"
 * before a unit is "a few", an amount the customer left open, not "how many?". The clause orders, and the vague
 * amount asks how much (number-words.ts reads "mấy cái" as such an amount). Still a question: "nên lấy mấy khay?",
 * "cần mấy mét", "lấy mấy mét thì đủ", and "mấy" in a sentence that asks for advice ("… , anh tư vấn giúp").
 */
import { CHO, ORDER_VERBS, PRONOUNS, WordSet } from './lexicon.ts';
import { UNITS } from './numbers.ts';
import { isWord } from './context.ts';
import type { Clause, ParseContext } from './context.ts';
import { asksAdviceAt } from './advice.ts';
import { isProductUnitWord } from './matcher.ts';

/** Words between the verb and "mấy": "cho e", "giúp mình", "thêm". */
const BETWEEN = new WordSet(['giúp', 'giùm', 'hộ', 'thêm', 'xin']);
/** Before the verb, words that make it a question of how many it takes: "nên lấy", "thì mua", "được lấy". */
const ADVISED = new WordSet(['nên', 'thì', 'được', 'cần', 'phải']);

/** "mấy" at i, before a unit, right after a verb of ordering in clause c, in a sentence that is no question. */
export function vagueOrdered(cx: ParseContext, c: Clause, i: number): boolean {
  const ts = cx.ts;
  if (ts[i]!.low !== 'mấy' || (UNITS.get(ts[i + 1]) === undefined && !(isWord(ts[i + 1]) && isProductUnitWord(cx.m, ts[i + 1]!)))) return false;
  let k = i - 1;
  while (k >= c.start && (PRONOUNS.has(ts[k]) || BETWEEN.has(ts[k])) && !(CHO.has(ts[k]) && PRONOUNS.has(ts[k + 1]))) k--;
  // ("cho e mấy gói", "bán cho e mấy cân": "cho" before whom it is for is the verb; not "cần", the need the question is
  // about.)
  const verb = ts[k];
  const ordering = isWord(verb) && ((ORDER_VERBS.has(verb) && verb.fold !== 'can') || (CHO.has(verb) && PRONOUNS.has(ts[k + 1])));
  if (k < c.start || !ordering || ADVISED.has(ts[k - 1])) return false;
  for (let j = i + 2; j < ts.length; j++) {
    const t = ts[j]!;
    if (t.kind === 'hard') return !t.question;
    if (j < c.end && t.fold === 'thi') return false;
    if (asksAdviceAt(cx, j)) return false;
  }
  return true;
}
