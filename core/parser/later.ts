/**
 * An order told ahead of time: "tháng 8 trung thu e lấy 50 đèn ông sao nha, giờ báo trước thôi", "Ra Giêng em mới lấy
 * 100 nón, giờ shop giữ giá giúp em nhé", "Tết này cơ quan định lấy 50 cặp heo đất, tháng sau em chốt số lượng nha".
 * The customer says what they will buy and when they will confirm it; nothing is ordered now. A message that says it
 * tells ahead ("báo trước"), asks to hold the price ("giữ giá"), will confirm at a time to come ("tháng sau em chốt"), or
 * says not now ("giờ chưa cần"), will tell or make up its mind later ("để anh báo lại sau", "để e hỏi sếp đã"), or asks
 * to be told when the goods come ("có thì báo e") places nothing, unless it orders something now outright ("giờ lấy
 * trước 2 cái").
 */
import { ORDER_VERBS, PRONOUNS } from './lexicon.ts';
import type { Token } from './normalize.ts';
import { contrastIn, isWord, matchesWord, quantityOf } from './context.ts';
import type { Clause, ParseContext } from './context.ts';
import { nowAt } from './time-words.ts';

/** "báo", "nhắn": after "thì" and a pronoun, the customer asks to be told (folded). */
const TELL = new Set(['bao', 'nhan']);

/** Some amount is said before i. */
function amountBefore(cx: ParseContext, i: number): boolean {
  for (let k = 0; k < i; k++) if (isWord(cx.ts[k]) && quantityOf(cx, k) !== null) return true;
  return false;
}

/** "có thì", "có hàng thì" before i: the goods coming back in. */
function restockBefore(cx: ParseContext, i: number): boolean {
  const b = cx.ts[i - 1];
  return b?.fold === 'co' || (b?.fold === 'hang' && cx.ts[i - 2]?.fold === 'co');
}

/** Verbs that "giờ chưa" denies now: "giờ chưa cần", "giờ chưa chốt", "giờ chưa lấy" (folded). */
const NOT_NOW = new Set(['can', 'chot', 'lay', 'dat', 'mua']);

/** At i, "now" (or "nhưng", but) then "chưa" and an ordering verb: nothing is ordered now. */
function notNow(cx: ParseContext, i: number): boolean {
  const next = cx.ts[i + 1];
  const verb = cx.ts[i + 2];
  return isWord(next) && next.fold === 'chua' && isWord(verb) && NOT_NOW.has(verb.fold) && (cx.ts[i]!.fold === 'nhung' || nowAt(cx, i));
}

/**
 * Pairs that tell an order ahead: "báo trước", "giữ giá", "báo sau" (tell later), "hỏi trước" (ask first), "chốt sau"
 * (confirm later).
 */
const AHEAD_PAIRS: [string, string][] = [['báo', 'trước'], ['giữ', 'giá'], ['báo', 'sau'], ['hỏi', 'trước'], ['chốt', 'sau']];

/** The first words of AHEAD_PAIRS, folded: most words open none, and are let go at once. */
const AHEAD_FIRST = new Set(['bao', 'giu', 'hoi', 'chot']);

/** t and w make a pair of AHEAD_PAIRS. */
function aheadPair(t: Token, w: Token | undefined): boolean {
  return isWord(w) && AHEAD_PAIRS.some(([a, b]) => matchesWord(t, a) && matchesWord(w, b));
}

/** Words of what a shop tells after an order: its price, the fee ("giá sỉ báo sau cũng được", "phí ship báo sau"). */
const PRICE_TOLD = new Set(['gia', 'phi', 'tien', 'ship']);

/** Verbs of making up one's mind that "để e … đã" puts first: "hỏi", "xin ý kiến", "bàn", "tính", "xem", "suy nghĩ". */
const DEFER_VERBS = new Set(['hoi', 'xin', 'ban', 'tinh', 'xem', 'coi', 'suy', 'nghi']);

/**
 * At i, "để" and who speaks, then a verb of making up one's mind, "đã" closing the sentence: "để e xin ý kiến sếp đã",
 * "để mình bàn với chồng đã".
 */
function decideFirst(cx: ParseContext, c: Clause, i: number): boolean {
  const t = cx.ts[i]!;
  const who = cx.ts[i + 1];
  const verb = cx.ts[i + 2];
  if (t.fold !== 'de' || !isWord(who) || !PRONOUNS.has(who) || !isWord(verb) || !DEFER_VERBS.has(verb.fold)) return false;
  // ("lấy 1 bộ chiêng 5 trước, còn bộ 3 thì để e hỏi ý bố e đã": after "còn", only the goods it names wait.)
  // ("xếp hình lấy 2 bộ, một bộ 50 khối còn bộ kia để e hỏi con đã": "còn" anywhere before it in the clause.)
  if (contrastIn(cx, c.start, i)) return false;
  const { end } = sentenceOf(cx, c);
  const last = cx.ts.slice(i + 3, end).filter(isWord).pop();
  // ("hủ tiếu tươi 1 ký, để e hỏi vợ đã... ok lấy 2 ký": the mind made up in a sentence after it, that one orders.)
  return last !== undefined && last.fold === 'da' && !cx.ts.slice(end).some((w) => isWord(w) && ORDER_VERBS.has(w));
}

/** Where the sentence of clause c starts and ends. */
function sentenceOf(cx: ParseContext, c: Clause): { start: number; end: number } {
  const cls = cx.clauses.filter((b) => b.sentence === c.sentence);
  return { start: Math.min(...cls.map((b) => b.start)), end: Math.max(...cls.map((b) => b.end)) };
}

export function orderedLater(cx: ParseContext): void {
  const ts = cx.ts;
  let ahead = false;
  for (const c of cx.clauses) {
    for (let i = c.start; i < c.end && !ahead; i++) {
      const t = ts[i];
      if (!isWord(t)) continue;
      const next = ts[i + 1];
      // (Not the price or the fee the shop will tell: "mận hậu lấy 20kg, giá sỉ báo sau cũng được".)
      // ("giờ hỏi giá trước", "báo giá trước giúp e": the price asked first, "giá" between them.)
      if (AHEAD_FIRST.has(t.fold) && (aheadPair(t, next) || (isWord(next) && next.fold === 'gia' && aheadPair(t, ts[i + 2]))) &&
        !ts.slice(c.start, i).some((w) => isWord(w) && PRICE_TOLD.has(w.fold))) ahead = true;
      // (The time to come made this clause buy later, and what it will do then is confirm or tell: "tháng sau em
      // chốt", "để gần Tết e nhắn lại".)
      // (Written with its marks, "nhãn" is a longan: "…, tuần sau lấy thêm nhãn ido".)
      if (c.future && (t.fold === 'chot' || matchesWord(t, 'nhắn') || matchesWord(t, 'báo'))) ahead = true;
      // ("Tết này e sẽ đặt 10 giỏ quà, giờ chưa chốt", "…, giờ chưa cần": not now, says the customer.)
      if (notNow(cx, i)) ahead = true;
      // ("tết này e lại lấy hộp quà như năm ngoái, để e xin ý kiến sếp đã": the customer will decide first.)
      if (t.fold === 'de' && decideFirst(cx, c, i)) ahead = true;
      // ("…, để anh báo lại sau", "…, để e chốt số lượng với sếp rồi báo lại shop": the customer will tell it again.)
      if (t.fold === 'bao' && matchesWord(t, 'báo') && isWord(next) && next.fold === 'lai' &&
        ts.slice(sentenceOf(cx, c).start, i).some((w) => isWord(w) && w.fold === 'de')) ahead = true;
      // ("Khi nào có lại chiếu 1m6 thì nhắn e, e lấy 2 chiếc", "có thì báo e lấy 5 cân": tell me when it comes.)
      // (Not after an order already given: "đặt 5 bức tranh sen, làm xong thì báo e", "… giá sỉ thì báo e".)
      // ("Bao giờ có lại trống 60 vậy a, có thì báo e lấy 2 cái": after "có" or "có hàng", the goods coming back in,
      // whatever number was said before.)
      if (t.fold === 'thi' && isWord(next) && TELL.has(next.fold) && PRONOUNS.has(ts[i + 2]) && (restockBefore(cx, i) || !amountBefore(cx, i))) ahead = true;
    }
  }
  // (Most messages tell nothing ahead: the "now" that would override it is looked for only then.)
  if (!ahead) return;
  for (const c of cx.clauses) {
    for (let i = c.start; i < c.end; i++) {
      if (isWord(ts[i]) && nowAt(cx, i) && !notNow(cx, i) && ts.slice(i + 1, c.end).some((w) => isWord(w) && ORDER_VERBS.has(w))) return;
    }
  }
  for (const c of cx.clauses) c.dead = true;
  cx.trace?.push('later: the message tells an order ahead of time → places nothing');
}
