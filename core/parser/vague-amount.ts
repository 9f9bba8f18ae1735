/**
 * Amounts the customer leaves open, read as such rather than as questions or goods: "mấy" right after a verb of
 * ordering ("lấy mấy cái đế gỗ", "cho e mấy gói bánh đa dừa", "gửi chị mấy ký lạp xưởng") is "a few", not "how
 * many?"; "gì đó" ("3, 4 cái gì đó", "1 bình gì đó cho ô tô") is "or so", "some such"; "ít" before goods ("… với ít
 * hành phi") is "a little". Each asks how much (number-words.ts reads "mấy cái" as such an amount). Still questions:
 * "nên lấy mấy khay?", "cần mấy mét", "lấy mấy mét thì đủ", and any of them in a sentence that asks for advice
 * ("… , anh tư vấn giúp").
 */
import { CHO, ORDER_VERBS, PRONOUNS, WordSet } from './lexicon.ts';
import { UNITS } from './numbers.ts';
import type { Quantity } from './numbers.ts';
import { isWord, lookup } from './context.ts';
import type { Clause, ParseContext } from './context.ts';
import { asksAdviceAt } from './advice.ts';
import { prepNoteAt } from './prep-notes.ts';
import { isProductUnitWord } from './matcher.ts';
import { leftOpen } from './vague-count.ts';

/** Words between the verb and "mấy": "cho e", "giúp mình", "thêm". */
const BETWEEN = new WordSet(['giúp', 'giùm', 'hộ', 'thêm', 'xin']);
/** Words before "ít" or "mấy" that join it to goods ordered: "… với ít hành phi", "và ít măng cụt", "thêm ít tứ quý". */
const JOINS = new WordSet(['với', 'vs', 'và', 'thêm', 'cùng', 'cả']);

/** "mấy chục", "mấy trăm": tens or hundreds left open. */
const HUNDREDS = new WordSet(['chục', 'trăm']);

/** A joining word at k (JOINS) after a verb of ordering or a number earlier in the sentence. */
function joinedToOrder(cx: ParseContext, k: number): boolean {
  if (!JOINS.has(cx.ts[k])) return false;
  for (let j = k - 1; j >= 0 && cx.ts[j]!.kind !== 'hard'; j--) {
    const t = cx.ts[j]!;
    if (isWord(t) && (ORDER_VERBS.has(t) || /^\d/.test(t.low))) return true;
  }
  return false;
}

/** Before the verb, words that make it a question of how many it takes: "nên lấy", "thì mua", "được lấy". */
const ADVISED = new WordSet(['nên', 'thì', 'được', 'cần', 'phải']);

/** "mấy" at i, before a unit, right after a verb of ordering in clause c, in a sentence that is no question. */
export function vagueOrdered(cx: ParseContext, c: Clause, i: number): boolean {
  const ts = cx.ts;
  const unit = ts[i + 1];
  if (ts[i]!.low !== 'mấy' || !isWord(unit) || (UNITS.get(unit) === undefined && !isProductUnitWord(cx.m, unit) && !HUNDREDS.has(unit))) return false;
  let k = i - 1;
  while (k >= c.start && (PRONOUNS.has(ts[k]) || BETWEEN.has(ts[k])) && !(CHO.has(ts[k]) && PRONOUNS.has(ts[k + 1]))) k--;
  // ("cho e mấy gói", "bán cho e mấy cân": "cho" before whom it is for is the verb; not "cần", the need the question is
  // about.)
  const verb = ts[k];
  const ordering = isWord(verb) && ((ORDER_VERBS.has(verb) && verb.fold !== 'can') || (CHO.has(verb) && PRONOUNS.has(ts[k + 1])));
  // ("2 khăn chàm và mấy cái móc khóa": joined to goods ordered before it in the sentence.)
  if (!ordering && !joinedToOrder(cx, k)) return false;
  if (ordering && (k < c.start || ADVISED.has(ts[k - 1]))) return false;
  for (let j = i + 2; j < ts.length; j++) {
    const t = ts[j]!;
    if (t.kind === 'hard') return !t.question;
    if (j < c.end && t.fold === 'thi') return false;
    if (asksAdviceAt(cx, j)) return false;
  }
  return true;
}

/** After "gì" or "nào", "đó" / "đấy" (typed bare "do", "day"): "gì đó", some such thing. */
const SOME = new WordSet(['đó', 'đấy', 'do', 'day']);

/**
 * "chậu 45 lấy 3, 4 cái gì đó", "1 bình gì đó cho ô tô", "2 mét gì đó màu sáng": "gì đó" ("or so", "some such") leaves
 * the amount or the goods open; it asks no question of the shop. The clause's amounts are read as vague (each one asks,
 * quantity-at.ts readQ).
 */
export function somethingAt(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  if ((t.fold !== 'gi' && t.fold !== 'nao') || !SOME.has(cx.ts[i + 1])) return false;
  // (Not in a request for advice, "1 thứ gì đó bồi bổ cho ba, shop gợi ý giúp": the shop answers with advice.)
  const ts = cx.ts;
  for (let j = i - 1; j >= 0 && ts[j]!.kind !== 'hard'; j--) if (asksAdviceAt(cx, j)) return false;
  for (let j = i + 2; j < ts.length && ts[j]!.kind !== 'hard'; j++) if (asksAdviceAt(cx, j)) return false;
  return true;
}

/** Words of about before an amount: "lấy chừng 5, 6 chậu". */
const ABOUT = new WordSet(['chừng', 'tầm', 'khoảng', 'cỡ']);

/**
 * "bát hương lấy 3, 4 cái gì đó": a bare number taken (after a verb of ordering, or alone) closing the clause before,
 * in the same sentence, with the clause of "gì đó" opening on a number, is the other end of the amount said "or so";
 * it is left open too.
 */
export function somethingBefore(cx: ParseContext, c: Clause): void {
  const k = cx.clauses.indexOf(c);
  const b = k > 0 ? cx.clauses[k - 1]! : undefined;
  if (b === undefined || b.sentence !== c.sentence) return;
  const first = firstWordOf(cx, c);
  let last = b.end - 1;
  while (last >= b.start && !isWord(cx.ts[last])) last--;
  // ("lấy 3, 4 cái gì đó", "lấy chừng 5, 6 chậu gì đó": the number taken, not a size, "chân nến 40, với 1 cái gì đó".)
  const before = cx.ts[last - 1];
  const taken = isWord(before) ? ORDER_VERBS.has(before) || ABOUT.has(before) : true;
  if (/^\d+$/.test(cx.ts[first]?.low ?? '') && last >= b.start && /^\d+$/.test(cx.ts[last]!.low) && taken) b.something = true;
}

/**
 * "ít" (a little) at k before goods of the catalog: an amount the customer did not give, asked about as "vài cái" is
 * ("cho e ít mạch nha", "1 cân bún rối với ít hành phi"); typed bare, "it" only in a message typed so; English
 * "some" likewise ("I'll take some rice paper"). None where the sentence asks a question ("muốn mua ít trà làm quà,
 * shop tư vấn giúp"). `joined`: only after a joining word or opening the clause ("2 hũ rim me và ít mắm nêm"), not
 * inside a name ("sữa chua ít đường").
 */
export function littleAt(cx: ParseContext, c: Clause, k: number, joined: boolean): Quantity | null {
  const u = cx.ts[k]!;
  // (English "some" before goods too, "I'll take some rice paper", unless the clause gives the amount after it, "some
  // betel leaves, 3 bunches".)
  const some = u.low === 'some' && cx.en && !amountAfter(cx, k);
  if (!(u.low === 'ít' || (u.low === 'it' && !cx.en && !cx.accented) || some) || lookup(cx, k) !== null || lookup(cx, k + 1) === null) return null;
  if (joined && k !== firstWordOf(cx, c) && !JOINS.has(cx.ts[k - 1])) return null;
  // (Not a note for the kitchen, "…, ít đá", "ít hành nha", "ít bơ nhiều sữa", "ít nước chấm thôi ạ", prep-notes.ts.)
  if (joined && (prepNoteAt(cx, k, true) > 0 || noteAfter(cx, c, k))) return null;
  if (cx.clauses.some((b) => b.sentence === c.sentence && (b.hardQ || b.softQ))) return null;
  return leftOpen(1, k);
}

/** A number further on in the sentence of k. */
function amountAfter(cx: ParseContext, k: number): boolean {
  for (let j = k + 1; j < cx.ts.length && cx.ts[j]!.kind !== 'hard'; j++) if (isWord(cx.ts[j]) && /^\d/.test(cx.ts[j]!.low)) return true;
  return false;
}

/** After "ít" and its goods, "nhiều …" or a closing "thôi": how the kitchen should make it, after goods ordered. */
function noteAfter(cx: ParseContext, c: Clause, k: number): boolean {
  if (cx.lines.length === 0) return false;
  for (let j = k + 2; j < c.end; j++) {
    const t = cx.ts[j];
    if (isWord(t) && (t.fold === 'nhieu' || t.fold === 'thoi')) return true;
  }
  return false;
}

function firstWordOf(cx: ParseContext, c: Clause): number {
  let i = c.start;
  while (i < c.end && !isWord(cx.ts[i])) i++;
  return i;
}
