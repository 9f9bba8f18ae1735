/**
 * Clauses that ask rather than order, and answers to them, read from the words of chat (stage 2, beside clauses.ts):
 * "A hay B vậy shop" asks which; "giá sỉ" asks a price; a yes-or-no question about shipping or a time asks about
 * something beside the order; "còn thì …" accepts what was asked about.
 */
import type { Token } from './normalize.ts';
import { CHO, NEG_FINAL, PARTICLES, PRONOUNS, QUESTION_WORDS, WordSet } from './lexicon.ts';
import { closesClause, isWord, lookup } from './context.ts';
import { UNITS } from './units.ts';
import { productHas } from './matcher.ts';
import type { Clause, ParseContext } from './context.ts';

/**
 * "robusta 250g còn ko? còn thì 5 gói", "…? nếu có thì e lấy": a clause opening with "còn thì" / "có thì" / "nếu còn" /
 * "nếu có" / "chưa hết thì" / "được thì" accepts what the question before it asked about: it orders, like a verb.
 */
export function ifAvailable(cx: ParseContext, c: Clause): boolean {
  let i = c.start;
  while (i < c.end && !isWord(cx.ts[i])) i++;
  const a = cx.ts[i];
  const b = cx.ts[i + 1];
  if (!isWord(a) || !isWord(b) || i + 1 >= c.end) return false;
  // (Without diacritics "co" may be many words; "con thi", "co thi" still read so.)
  // ("… hết chưa shop? chưa hết thì e lấy 3 hộp", "ship về Đà Nẵng được ko? được thì chốt luôn": not sold out, or
  // possible, then.)
  const notOut = a.fold === 'chua' && b.fold === 'het' && isWord(cx.ts[i + 2]) && cx.ts[i + 2]!.fold === 'thi';
  return ((hasIt(a) || CAN_DO.has(a.fold)) && b.fold === 'thi') || (a.fold === 'neu' && (hasIt(b) || CAN_DO.has(b.fold))) || notOut;
}

/** "còn" (still there) or "có" (there is). */
function hasIt(t: Token): boolean {
  return t.fold === 'con' || t.fold === 'co';
}
/** "được", "đc", "dc": it can be done. */
export const CAN_DO = new Set(['duoc', 'dc', 'đc', 'dk']);

/** "giá sỉ" (the wholesale price) in the clause. */
export function asksWholesale(cx: ParseContext, c: Clause): boolean {
  for (let i = c.start + 1; i < c.end; i++) {
    const t = cx.ts[i];
    const b = cx.ts[i - 1];
    if (isWord(t) && isWord(b) && (t.low === 'sỉ' || (!t.accented && t.fold === 'si')) && b.fold === 'gia') return true;
  }
  return false;
}

/** Question particles that close "A hay B …?" ("vậy", "thế", "nhỉ"). */
const EITHER_OR_CLOSERS = new WordSet(['vậy', 'thế', 'nhỉ']);

/**
 * "bột trầm 50g hay 100g vậy shop", "nước mắm 35 độ hay 40 độ vậy": two things joined by "hay" (or) and closed by
 * "vậy" / "thế" / "nhỉ" ask which one the shop sells; they order neither.
 */
export function eitherOr(cx: ParseContext, c: Clause): boolean {
  let k = c.end - 1;
  while (k > c.start && (!isWord(cx.ts[k]) || (PARTICLES.has(cx.ts[k]!) && !EITHER_OR_CLOSERS.has(cx.ts[k]!)) || PRONOUNS.has(cx.ts[k]!))) k--;
  const t = cx.ts[k];
  // (Typed bare, "vay" may be "váy" a shop sells.)
  if (!isWord(t) || !EITHER_OR_CLOSERS.has(t) || (!t.accented && lookup(cx, k) !== null)) return false;
  for (let i = c.start + 1; i < k - 1; i++) if (isWord(cx.ts[i]) && cx.ts[i]!.fold === 'hay') return true;
  return false;
}

/** Question particles that, written with their diacritics and closing a clause, ask ("… là túi zip hả shop"). */
const QUESTION_FINALS = new Set(['hả', 'hở']);

/**
 * "tiêu đen 500g là túi zip hả shop", "khăn bông này 100% cotton hả chị": a clause closed by "hả" (or "hở"), with
 * only particles or a form of address after it, asks whether something is so; it orders nothing. ("150k 1 cái hả
 * shop? thôi lấy 2 cái": what follows in the next clause still orders; "găng hở ngón" does not close its clause.)
 */
export function closedByQuestionParticle(cx: ParseContext, c: Clause): boolean {
  for (let k = c.end - 1; k > c.start; k--) {
    const t = cx.ts[k];
    if (isWord(t) && QUESTION_FINALS.has(t.low)) return closesClause(cx, k + 1, c.end, true);
  }
  return false;
}

/** Words that ask whether the shop has or sells something ("còn không", "có bán không", "hết chưa"). */
const STOCK_WORDS = new WordSet(['còn', 'có', 'hết', 'bán', 'sẵn', 'nữa']);

/**
 * "chiếu tre 1m8 2 chiếc, dc freeship ko ạ", "1 set quà nam, giao 20/11 kịp ko": a yes-or-no question naming no
 * product and no stock asks about something beside the order (shipping, a time); the lines before it still order.
 */
export function asideQuestion(cx: ParseContext, c: Clause): boolean {
  let yesNo = false;
  const confirms = confirmation(cx, c);
  let comesWith = false;
  for (let i = c.start; i < c.end && !comesWith; i++) comesWith = besideStock(cx, i);
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    if (!isWord(t)) continue;
    // ("sâm gà 2 lọ, mỗi lọ 100 viên đúng không shop", "nem chua 2 túi nhé, túi 50 cái đúng không": confirming what a
    // pack holds or its size, a unit word names no product.)
    if (confirms && (UNITS.get(t) !== undefined || /^\d/.test(t.low) || EACH_WORDS.has(t))) continue;
    // (A closing "không" is the question's, whatever the catalog's words: "… có xuất hóa đơn không".)
    if (NEG_FINAL.has(t) && closesClause(cx, i + 1, c.end, true)) {
      yesNo = true;
      continue;
    }
    // ("…, mà cho e hỏi nến có mùi ko": "cho e hỏi" only opens the question; the goods ordered before it, named again
    // before such a "có", are what it asks about.)
    if (besideStock(cx, i) || askLead(cx, i) || (comesWith && namedBefore(cx, c, i))) continue;
    if (STOCK_WORDS.has(t) || QUESTION_WORDS.has(t) || lookup(cx, i) !== null) return false;
    if (NEG_FINAL.has(t)) yesNo = true;
  }
  return yesNo;
}

/**
 * ("…, có xuất hóa đơn ko", "…, có giao tận nơi không anh", "…, có chiết khấu ko shop": "có" before words other than
 * the shop's stock, "có sẵn", "có hàng", "có loại …", asks whether the order comes with something, not whether it is
 * there.)
 */
function besideStock(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  const n = cx.ts[i + 1];
  return t.fold === 'co' && isWord(n) && !NEG_FINAL.has(n) && !STOCK_WORDS.has(n) && !STOCK_AFTER_CO.has(n) && !PARTICLES.has(n);
}

/** After "có", words that ask after the stock or a variant: "có hàng", "có loại 1 lít", "có size L", "có đủ". */
const STOCK_AFTER_CO = new WordSet(['hàng', 'loại', 'size', 'cỡ', 'màu', 'mẫu', 'kiểu', 'đủ', 'nhiều']);

/** "hỏi" after who asks: "cho e hỏi", "mình hỏi". */
function askLead(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  return t.fold === 'hoi' && t.low !== 'hội' && isWord(cx.ts[i - 1]) && PRONOUNS.has(cx.ts[i - 1]!);
}

/** A word of the catalog whose goods an earlier clause of the sentence named ("nến 3 hộp, … nến có mùi ko"). */
function namedBefore(cx: ParseContext, c: Clause, i: number): boolean {
  const h = lookup(cx, i);
  if (h === null) return false;
  const word = cx.ts[i]!.fold;
  for (const b of cx.clauses) {
    if (b.sentence !== c.sentence || b.end > c.start) continue;
    for (let k = b.start; k < b.end; k++) if (isWord(cx.ts[k]) && cx.ts[k]!.fold === word && lookup(cx, k)?.concept === h.concept) return true;
  }
  return false;
}

/** "Mỗi", each: "mỗi lọ 100 viên". */
const EACH_WORDS = new WordSet(['mỗi']);

/** The clause ends by asking to confirm: "… đúng không", "… phải ko". */
function confirmation(cx: ParseContext, c: Clause): boolean {
  for (let k = c.end - 1; k > c.start; k--) {
    const t = cx.ts[k];
    if (!isWord(t) || PARTICLES.has(t)) continue;
    const b = cx.ts[k - 1];
    return NEG_FINAL.has(t) && isWord(b) && (b.fold === 'dung' || b.fold === 'phai');
  }
  return false;
}

/**
 * "trong hoi", "hoi nghi", "lam qua hoi nghi": typed bare, "hoi" is "hội" (an association, a conference) or "hơi" as
 * often as "hỏi" (to ask); it asks only where a question opens with it, first in its clause or after the asker
 * ("cho e hoi", "xin hoi", "e hoi shop").
 */
export function bareHoiAmid(cx: ParseContext, i: number, first: number): boolean {
  const t = cx.ts[i]!;
  if (t.fold !== 'hoi' || t.accented || i === first) return false;
  const prev = cx.ts[i - 1];
  return !(isWord(prev) && (PRONOUNS.has(prev) || CHO.has(prev) || prev.fold === 'xin' || prev.fold === 'muon'));
}

/** After "còn" or "có", words that still ask after the stock: "còn hàng không", "có sẵn ko", "còn nữa không". */
const STOCK_TAIL = new WordSet(['hàng', 'sẵn', 'nữa']);

/**
 * "tô đất 16cm con không", "ốc đá con ko shop", "đá mài 6000 có không a": "còn" or "có", typed bare or not, before
 * the clause's closing "không" asks whether the goods named are there; it is no word of their name (unless the
 * products read so far have it, "lợn quay nguyên con").
 */
export function stockAsked(cx: ParseContext, j: number, end: number, cur: readonly number[] | null): boolean {
  const t = cx.ts[j]!;
  if (t.fold !== 'con' && t.fold !== 'co') return false;
  if (cur !== null && cur.some((p) => productHas(cx.m, p, t.fold))) return false;
  let k = j + 1;
  while (STOCK_TAIL.has(cx.ts[k])) k++;
  return NEG_FINAL.has(cx.ts[k]) && closesClause(cx, k + 1, end, true);
}
