/**
 * A model or size code written right after a product phrase ("pin 12ah cho bình 20l", "pin 21V", "lõi lọc máy Xiaomi
 * 3H") that the catalog does not know names a variant the shop may not sell: the line placed from the words before it
 * is a guess. Ask, offering the products the phrase fits. The sibling of number-beside-phrase for codes of digits and
 * letters; times ("9h"), prices ("250k") and amounts with their unit ("2kg") are no codes. A code the catalog knows
 * as another product's ("cánh quạt bơm 370w" where only the 125 W pump's impeller is sold) is doubted too.
 */
import { isWord, lookup, PRICE_RE } from '../context.ts';
import type { Line, ParseContext } from '../context.ts';
import { productHas } from '../matcher.ts';
import { readNumberToken } from '../numbers.ts';
import { phraseFits } from './rule.ts';
import type { Doubt, ReviewRule } from './rule.ts';

/** Digits glued to letters ("12ah", "3h", "km1990"), read as no amount. */
const CODE = /^(?:\d+[a-z]+\d*[a-z]*|[a-z]+\d+[a-z\d]*)$/;
/** A time of day or a duration ("9h", "10h30", "24h"). */
const TIME = /^\d{1,2}h(?:\d{2})?$/;

export const codeBesidePhrase: ReviewRule = {
  name: 'code-beside-phrase',
  why: 'a code of digits and letters right after the product phrase that the catalog does not know is a variant not sold',
  review(cx: ParseContext, line: Line): Doubt | null {
    const np = line.np;
    if (!np) return null;
    const t = cx.ts[np.end];
    // (Typed glued to the next word, "25kgnhé", it is an amount and a particle: codes are plain letters and digits.)
    if (!isWord(t) || t.accented || !CODE.test(t.fold) || TIME.test(t.fold) || PRICE_RE.test(t.low)) return null;
    // (A code the catalog knows is doubted only when the placed product lacks it: "cánh quạt bơm 370w" beside the
    // 125 W impeller, 370 W being another pump's.)
    const known = lookup(cx, np.end);
    // (Not after a phrase that ran over a word the catalog lacks, "tụ 10uf thay bơm 125w": the code may be of what it is for.)
    if (readNumberToken(t.low).kind !== 'other' || (known !== null && (np.unknown > 0 || productHas(cx.m, line.product, known.concept)))) return null;
    // (Read as an amount or as a phrase that became a line, it is explained; read as a phrase of its own that no line
    // came of, it is not.)
    if (cx.events.some((e) => (e.t === 'Q' && e.q.start <= np.end && np.end < e.q.end) ||
      (e.t === 'NP' && e.np.start <= np.end && np.end < e.np.end && cx.lines.some((l) => l.np === e.np)))) return null;
    return { reason: `"${t.raw}" after the product is no code the catalog knows`, candidates: phraseFits(cx, np, line) };
  },
};
