/**
 * Turns one chat message into order lines, as a pipeline of stages, each in its own module:
 *
 *   tokenize (normalize.ts, phone.ts) → clauses (clauses.ts: sentences and clauses, each classified as order,
 *   question, past report, complaint, cancellation) → scan (scan.ts, noun-phrase.ts, attributes.ts: quantities and
 *   catalog product phrases, with the attributes a catalog name carries) → bind (bind.ts: quantities paired with
 *   phrases by Vietnamese word order, corrections, "thêm … nữa", "mỗi loại") → place (place.ts, convert.ts: resolved
 *   against the catalog, converted to the product's own unit) → review (rules/: catalog-driven checks that every
 *   number and product word of the message is explained by the reading; a doubt turns a line into a question).
 *
 * Anything that means to order but does not name exactly one product becomes an `unresolved` entry and sets `ask`.
 */
import { hasDiacritics, tokenize } from './normalize.ts';
import { skuOf } from './matcher.ts';
import type { Matcher } from './matcher.ts';
import { extractPhone } from './phone.ts';
import { takeBack } from './take-back.ts';
import { withVerbatimNames } from './verbatim-names.ts';
import { ParseContext, round } from './context.ts';
import { isEnglish } from './language.ts';
import type { ParsedOrder } from './context.ts';
import { inProductPhrase } from './attributes.ts';
import { classifySentence, split } from './clauses.ts';
import { orderedLater } from './later.ts';
import { setSwaps } from './set-swap.ts';
import { scan } from './scan.ts';
import { bind } from './bind.ts';
import { review } from './review.ts';
import { laterDetails } from './details.ts';
import { withoutAddresses } from './address-span.ts';
import { headerLists } from './header-list.ts';
import { setContents } from './set-contents.ts';
import { adviceOnly } from './advice.ts';
import { catalogHalfWord } from './catalog-half.ts';
import { peopleCount } from './people-count.ts';
import { inches } from './inches.ts';
import { gradeCodes } from './grade-codes.ts';
import { millimetres } from './millimetres.ts';
import { traceClauses, traceEvents, traceResult } from './trace.ts';

export type { ParsedOrder } from './context.ts';

/** Parses one chat message against a catalog matcher into order lines, a phone number and an `ask` flag. */
export function parseOrder(matcher: Matcher, text: string): ParsedOrder {
  return run(matcher, text, false).order;
}

/** As parseOrder, with the trace of what each stage and rule did (`npm run parse -- --explain`). */
export function explainOrder(matcher: Matcher, text: string): { order: ParsedOrder; trace: string[] } {
  const { order, cx } = run(matcher, text, true);
  return { order, trace: cx.trace ?? [] };
}

function run(matcher: Matcher, raw: string, explain: boolean): { order: ParsedOrder; cx: ParseContext } {
  const text = millimetres(matcher, gradeCodes(matcher, inches(matcher, peopleCount(matcher, raw))));
  const named = withVerbatimNames(matcher, text);
  const { phone, masked } = extractPhone(withoutPriceUnits(withoutListedContents(withoutSetContents(eachListed(withoutRestatedAmounts(named))))));
  const ts = tokenize(masked);
  catalogHalfWord(matcher, ts);
  // (A name copied with its diacritics and read as its code still tells how the message was typed.)
  const accented = hasDiacritics(masked) || (named !== text && hasDiacritics(text));
  if (accented) for (const t of ts) t.inAccented = true;
  const cx = new ParseContext(matcher, ts, accented, explain);
  withoutAddresses(cx);
  cx.en = !accented && isEnglish(ts, (i) => inProductPhrase(cx, i));
  if (phone !== null) cx.trace?.push(`phone: ${phone}`);
  split(cx);
  for (let s = 0; s < cx.sentenceCancel.length; s++) classifySentence(cx, s);
  orderedLater(cx);
  takeBack(cx);
  if (cx.trace) traceClauses(cx);
  for (const c of cx.clauses) {
    const evs = scan(cx, c);
    if (cx.trace) traceEvents(cx, c, evs);
    bind(cx, c, evs);
  }
  laterDetails(cx);
  headerLists(cx);
  setContents(cx);
  setSwaps(cx);
  adviceOnly(cx);
  if (cx.trace) traceResult(cx, 'bind');
  review(cx);
  return { order: result(cx, phone), cx };
}

/**
 * "Cho mình bộ đồ thờ (đỉnh 30cm + 2 bát hương + chân nến) 1 bộ": a list in parentheses right after a product's
 * name describes what the set holds; its numbers and products are not order lines.
 */
function withoutListedContents(text: string): string {
  if (!text.includes('(')) return text; // most messages: no need to run the pattern
  // (Words are listed: "(+84) 938 246 357" is a phone's country code.)
  return text.replace(/([\p{L}\p{N}])\s*\(([^()]*(?:[,+&;]|\svà\s)[^()]*)\)/gu, (whole: string, letter: string, inner: string) =>
    /\p{L}/u.test(inner) ? `${letter} ${' '.repeat(inner.length)}` : whole);
}

/**
 * "cho e 5 đôi móc chữ S (10 cái)", "lấy 2 bộ dây treo võng (4 sợi)": an amount alone in parentheses, after a clause
 * that already gave its amount, says the same amount in other units; it is no second amount.
 */
function withoutRestatedAmounts(text: string): string {
  if (!text.includes('(')) return text; // most messages: no need to run the pattern
  return text.replace(RESTATED, (whole: string, before: string, inner: string) => `${before}${' '.repeat(inner.length + 2)}`);
}
const RESTATED = /((?:^|[,.;!?\n])[^,.;!?\n()]*\d[^,.;!?\n()]*?\p{L}\s*)\((\s*\d+(?:[.,]\d+)?\s*\p{L}{1,6}\s*)\)/gu;

/**
 * "cốc phù lãng mỗi màu 2 cái (da lươn với nâu)", "muối ớt mỗi loại 2 (đỏ với xanh)": the values in parentheses after
 * "mỗi …" and its amount, closing the clause, are the ones meant, as after a colon (each-scope.ts); they are no list
 * of a set's contents.
 */
function eachListed(text: string): string {
  if (!text.includes('(')) return text; // most messages: no need to run the pattern
  return text.replace(EACH_PARENS, (_whole, each: string, inner: string) => `${each}: ${inner} `);
}
const EACH_PARENS = /((?:^|[^\p{L}])(?:mỗi|moi)\s+\p{L}+[^()\n]{0,24}?\d[^()\n]{0,12}?)\s*\(([^()\n]+)\)(?=\s*(?:[.!?,\n]|$))/giu;

/**
 * "hộp quà 3 món gồm lược đen 15, lược chải râu, móc khóa cá - lấy 2 hộp", "set quà tết gồm bộ ấm chén với khay mứt
 * 5 ngăn ấy, 2 set": after a set's name, "gồm" (made up of) lists what the set holds, up to a dash, a question, "đúng /
 * phải / ấy / đó", or a comma that goes back to ordering; those products are no order lines.
 * (Written with its diacritics only: typed bare, "gom" is as likely "gốm", pottery.)
 */
function withoutSetContents(text: string): string {
  if (!GOM.test(text)) return text; // most messages: no "gồm", no need to run the long pattern
  // ("hộp quà 6 ngăn gồm những vị gì": a question about what it holds is kept whole.)
  return text.replace(SET_CONTENTS, (whole: string, lead: string, list: string) => (ASKS_WHAT.test(list) ? whole : `${lead}${' '.repeat(list.length)}`));
}
const GOM = /gồm/iu;
const ASKS_WHAT = /(^|[^\p{L}])(gì|nào|những|mấy|bao)([^\p{L}]|$)/iu;
const SET_CONTENTS =
  /((?:^|[^\p{L}])(?:combo|set|quà|bộ|hộp|giỏ)[^.?!\n]{0,40}?\sgồm\s)([^?!\n]+?)(?=\s+[-–]\s|\s*[?!\n]|\s(?:đúng|phải|ấy|đó)(?:[^\p{L}]|$)|,\s*(?:lấy|cho|đặt|mình|em|e|chị|anh|c|a)(?:[^\p{L}]|$)|$)/giu;

/** "culi 165k/gói", "40.000đ/bánh": the unit after a price and a slash is the price's, not an item. */
function withoutPriceUnits(text: string): string {
  if (!text.includes('/')) return text; // most messages: no need to run the pattern
  return text.replace(/(\d(?:[\d.,]*\d)?\s*(?:k|đ|d|vnd|vnđ|nghìn|ngàn|tr|triệu))\s*\/\s*(\p{L}+)/giu, (_w, price: string, unit: string) => `${price} ${' '.repeat(unit.length + 1)}`);
}

function result(cx: ParseContext, phone: string | null): ParsedOrder {
  const items: { sku: string; qty: number }[] = [];
  const bySku = new Map<string, { sku: string; qty: number }>();
  for (const l of cx.lines) {
    if (l.qty <= 0) continue;
    const sku = skuOf(cx.m, l.product);
    const it = bySku.get(sku);
    if (it) it.qty = round(it.qty + l.qty);
    else {
      const n = { sku, qty: round(l.qty) };
      bySku.set(sku, n);
      items.push(n);
    }
  }
  const unresolved = cx.unresolved.map((u) => ({
    phrase: u.phrase,
    qty: round(u.qty),
    candidates: u.candidates,
    ...(u.change ? { change: true as const } : {}),
    ...(u.amount ? { amount: true as const } : {}),
    ...(u.repeat ? { repeat: true as const } : {}),
  }));
  const replaced = [...new Set(cx.replaced.map((p) => skuOf(cx.m, p)))];
  return { items, phone, ask: unresolved.length > 0, unresolved, replaced };
}
