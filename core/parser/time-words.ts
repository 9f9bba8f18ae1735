/**
 * Words of time in a message: a report of a past purchase ("hôm trước mua 2 cái"), the "now" that opens a new order
 * after it ("giờ lấy thêm 1"), an order named by its time that more is added to ("đơn hôm qua thêm …"), and a time to
 * come that buys another time ("tuần sau e lấy thêm 2 cái").
 */
import { FUTURE_PAIRS, LIKE_BEFORE, MORE_WORDS, NOW_PAIRS, NOW_WORDS, PAST_PAIRS, PAST_WORDS, PRONOUNS, QUESTION_WORDS_ACCENTED, WordSet } from './lexicon.ts';
import { ParseContext, isWord, lookup, pairIn } from './context.ts';
import type { Clause } from './context.ts';
import { colourAfterMau, continues, continuesBack, inCatalogPair } from './attributes.ts';

/** A past marker at token i ("hôm trước", "tuần rồi", "yesterday"), not in a comparison ("như lần trước"). */
export function pastAt(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  const next = cx.ts[i + 1];
  if (!(PAST_WORDS.has(t) || (isWord(next) && pairIn(PAST_PAIRS, t, next)))) return false;
  if (colourAfterMau(cx, i)) return false;
  // "hong tra" typed bare: "hồng trà" when the next word goes on with the same product's name, not "hỏng".
  // ("1 gau 80cm hong" in a message typed with diacritics elsewhere: closing a phrase it goes on naming, "hồng".)
  if (!t.accented && PAST_WORDS.has(t)) {
    const h = lookup(cx, i);
    if (h !== null && (cx.accented ? continuesBack(cx, i) : continues(cx, h, i + 1) || continuesBack(cx, i))) return false;
  }
  const prev = cx.ts[i - 1];
  // "thêm 1 hũ nữa vào đơn hôm qua", "đơn hôm qua thêm giúp e 1 chai": a time naming which order to add to is no
  // report of the past.
  const into = cx.ts[i - 2];
  if (isWord(prev) && (prev.fold === 'don' || prev.low === 'order')) {
    const intoOrder = isWord(into) && (into.fold === 'vao' || into.low === 'to') && cx.ts.some((x) => isWord(x) && MORE_WORDS.has(x));
    if (intoOrder || addsToNamedOrder(cx, i - 1) >= 0) return false;
  }
  // "son hong 1": after a word it makes a pair of the catalog's words with ("son hồng"), it is the product's.
  // "nón vẽ thiếu nữ": a past or complaint word in a pair of the catalog's words is the product's.
  if (inCatalogPair(cx, i)) return false;
  // ("lấy y như đơn tháng trước: 10 niêu 14": "như" before the order named by its time; "cho e đặt lại đơn cũ: 2 vỏ
  // gối": the old order ordered again.)
  if (t.fold === 'don' && isWord(prev) && prev.fold === 'lai' && ORDER_AGAIN.has(cx.ts[i - 2])) return false;
  const at = isWord(prev) && prev.fold === 'don' ? i - 2 : i - 1;
  const like = cx.ts[at];
  return !(isWord(like) && LIKE_BEFORE.has(like)) && !(isWord(like) && like.low === 'y' && LIKE_BEFORE.has(cx.ts[at - 1]));
}

/** Verbs that "lại" after them makes ordering again: "đặt lại", "lấy lại". */
const ORDER_AGAIN = new WordSet(['đặt', 'lấy', 'mua']);


/**
 * "đơn hôm qua (của e) thêm …", "đơn lúc nãy thêm …": an order named by its time, then "thêm": where "thêm" is, or -1.
 * The time says which order to add to; it reports nothing past.
 */
function addsToNamedOrder(cx: ParseContext, i: number): number {
  const o = cx.ts[i];
  if (!isWord(o) || (o.fold !== 'don' && o.low !== 'order')) return -1;
  let k = i + 1;
  const t = cx.ts[k];
  if (!isWord(t)) return -1;
  if (isWord(cx.ts[k + 1]) && pairIn(PAST_PAIRS, t, cx.ts[k + 1]!)) k += 2;
  else if (PAST_WORDS.has(t)) k++;
  else return -1;
  while (isWord(cx.ts[k]) && (PRONOUNS.has(cx.ts[k]) || cx.ts[k]!.fold === 'cua')) k++;
  return isWord(cx.ts[k]) && MORE_WORDS.has(cx.ts[k]) ? k : -1;
}


/** A marker that starts the new order ("giờ", "bây giờ", "lần này", "now", "this time"); not "mấy giờ", "2 giờ". */
export function nowAt(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  const next = cx.ts[i + 1];
  const prev = cx.ts[i - 1];
  if (isWord(prev) && (/^\d/.test(prev.low) || QUESTION_WORDS_ACCENTED.has(prev.low) || prev.fold === 'bao' || prev.fold === 'may')) return false;
  return NOW_WORDS.has(t) || (isWord(next) && pairIn(NOW_PAIRS, t, next));
}


/**
 * Where the words of a clause start: after the "now" marker that opens it when an earlier clause of the message
 * reports the past ("…5 bó rồi, giờ lấy thêm 3 bó"): the marker is no product word ("Nhang vòng 24 giờ").
 */
export function wordsStart(cx: ParseContext, c: Clause): number {
  let i = c.start;
  while (i < c.end && !isWord(cx.ts[i])) i++;
  // ("đơn hôm qua thêm giúp e 1 chai": the order named by its time is no product.)
  const more = i < c.end ? addsToNamedOrder(cx, i) : -1;
  if (more >= 0 && more < c.end) return more;
  if (i >= c.end || !nowAt(cx, i) || !cx.clauses.some((b) => b.end <= c.start && b.past)) return c.start;
  const t = cx.ts[i]!;
  const next = cx.ts[i + 1];
  return !NOW_WORDS.has(t) && isWord(next) && pairIn(NOW_PAIRS, t, next) ? i + 2 : i + 1;
}


export function nowIn(cx: ParseContext, c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) if (isWord(cx.ts[i]) && nowAt(cx, i)) return true;
  return false;
}

/** A time to come at token i ("tuần sau", "lần sau") that buys another time (buysLater): the clause orders nothing now. */
export function futureAt(cx: ParseContext, c: Clause, i: number): boolean {
  const t = cx.ts[i];
  const next = cx.ts[i + 1];
  // ("tháng 8 trung thu e lấy 50 đèn": a month named by its number, then a buying verb.)
  const month = isWord(t) && (t.low === 'tháng' || (t.fold === 'thang' && lookup(cx, i) === null)) && isWord(next) && /^(?:[1-9]|1[0-2])$/.test(next.low) && !/^\d/.test(cx.ts[i - 1]?.low ?? '');
  return isWord(t) && isWord(next) && (((pairIn(FUTURE_PAIRS, t, next) || month) && buysLater(cx, c, i)) || hedgedAt(cx, i));
}

/** Words between "chắc" and the verb: "chắc là e sẽ lấy", "chắc nhà em đặt". */
const HEDGE_GLUE = new WordSet(['là', 'sẽ', 'nhà']);

/**
 * "Tết này chắc e lấy 5 hộp quà", "chắc đặt tầm 200 suất": "chắc" (probably) before a buying verb says what the customer
 * may buy, no order now (not "chắc chắn", surely).
 */
function hedgedAt(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  if (t.low !== 'chắc' || cx.ts[i + 1]?.fold === 'chan') return false;
  let k = i + 1;
  while (isWord(cx.ts[k]) && (PRONOUNS.has(cx.ts[k]!) || HEDGE_GLUE.has(cx.ts[k]!))) k++;
  return BUY_WORDS.has(cx.ts[k]);
}

/** Words that time a delivery ("tuần sau giao được thì lấy …"): the time is when, not another purchase. */
const DELIVERY_WORDS = new WordSet(['giao', 'ship', 'gửi', 'gởi', 'nhận', 'deliver']);
// ("Sau Tết chị mới cần 5 mét đũi nâu": needing it then is buying then.)
const BUY_WORDS = new WordSet(['lấy', 'đặt', 'mua', 'chốt', 'cần', 'order', 'buy', 'take']);

/**
 * "Tuần sau e lấy thêm 2 cái nữa", "ngon thì lần sau em đặt mẹt 4 người", "ngựa để lần sau": a time to come at token i
 * buys another time when "để" (leave it for) comes before it or a buying verb follows it before any word of delivery.
 * Not "đặt trước 2 thùng gà ri cho tuần sau", "tuần sau giao được thì lấy …": there it is when to deliver.
 */
function buysLater(cx: ParseContext, c: Clause, i: number): boolean {
  const ts = cx.ts;
  if (ts[i - 1]?.kind === 'word' && ts[i - 1]!.fold === 'de') return true;
  for (let k = i + 2; k < c.end; k++) {
    const w = ts[k];
    if (!isWord(w)) continue;
    if (DELIVERY_WORDS.has(w)) return false;
    if (BUY_WORDS.has(w)) return true;
  }
  return false;
}
