/**
 * Catalog words used as other words of the request: the verb ("bán cho em", "qua lấy"), a delivery place after a
 * delivery verb, English pronoun spellings that are Vietnamese words in a Vietnamese message.
 */
import { CHO, EACH_KIND, GRADE_WORDS, ORDER_VERBS, PRONOUNS, SIZE_WORDS, WordSet } from './lexicon.ts';
import { isHead } from './matcher.ts';
import { ParseContext, isWord, lookup, quantityOf } from './context.ts';
import { BARE_CLASSIFIERS } from './numbers.ts';
import { continues } from './attributes.ts';
import type { Clause } from './context.ts';

/** English pronouns of PRONOUNS: in a Vietnamese message these spellings are words of their own ("me", tamarind). */
export const EN_PRONOUNS = new Set(['me', 'us', 'i', 'we', 'my', 'our']);

/** Verbs that correct the order ("sửa lại: …", "đổi lại"). */
const CORRECTING = new WordSet(['sửa', 'sua', 'đổi', 'doi']);

/** Verbs of delivery: a capitalised name right after one is where to deliver. */
export const SHIP_VERBS = new WordSet(['ship', 'giao', 'gửi', 'chuyển']);

/** The catalog word at i is used as a verb: no head noun, before "cho" + a pronoun or before an order verb. */
export function verbLike(cx: ParseContext, i: number): boolean {
  const h = lookup(cx, i)!;
  if (isHead(cx.m, h.concept)) return false;
  const prevT = cx.ts[i - 1];
  if (isWord(prevT) && /^\d/.test(prevT.low)) return false;
  const n = cx.ts[i + 1];
  if (!isWord(n)) return false;
  if (CHO.has(n) && isWord(cx.ts[i + 2]) && PRONOUNS.has(cx.ts[i + 2])) return true;
  if (verbAgain(cx, i)) return true;
  // ("loại nhỏ lấy 1": a size named after a grade word is the product's, even before a verb.)
  if (isWord(prevT) && (GRADE_WORDS.has(prevT) || SIZE_WORDS.has(prevT) || EACH_KIND.has(prevT))) return false;
  return ORDER_VERBS.has(n) && lookup(cx, i + 1) === null;
}

/**
 * The catalog word at i is a verb with "lại" (again, back: "nhang trầm 40cm bán lại"), where no catalog word
 * follows. ("sửa lại", "đổi lại" correct the order: they are read as corrections.)
 */
export function verbAgain(cx: ParseContext, i: number): boolean {
  const n = cx.ts[i + 1];
  return isWord(n) && (n.low === 'lại' || (!n.accented && n.fold === 'lai')) && lookup(cx, i + 1) === null && !CORRECTING.has(cx.ts[i]!);
}


/** "còn thì để e 1 đĩa", "để chị 2 hộp nhé": "để" + a pronoun + an amount or a product keeps goods for someone. */
export function keepsFor(cx: ParseContext, i: number): boolean {
  const next = cx.ts[i + 1];
  const after = cx.ts[i + 2];
  return isWord(next) && PRONOUNS.has(next) && isWord(after) &&
    (/^\d/.test(after.low) || BARE_CLASSIFIERS.has(after) || quantityOf(cx, i + 2) !== null || isHead(cx.m, lookup(cx, i + 2)?.concept ?? ''));
}

/** The word at i heads products of the catalog and the next word is a word of theirs. */
export function headGoesOn(cx: ParseContext, i: number): boolean {
  const h = lookup(cx, i);
  return h !== null && isHead(cx.m, h.concept) && lookup(cx, i + 1) !== null && continues(cx, h, i + 1);
}

/**
 * The clause after c goes on with a change or a new amount ("lay 3 ao trang S a khong, doi sang size M"): typed bare,
 * "a khong" closing c is "à không", taking back what was said, no question.
 */
export function correctionNext(cx: ParseContext, c: Clause): boolean {
  let k = c.end;
  while (k < cx.ts.length && !isWord(cx.ts[k]) && cx.ts[k]!.kind !== 'hard') k++;
  const t = cx.ts[k];
  return isWord(t) && (/^\d/.test(t.low) || ['doi', 'lay', 'thoi', 'chi'].includes(t.fold));
}
