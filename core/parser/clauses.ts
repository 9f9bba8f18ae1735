/**
 * Stage 2: sentences and clauses. Splits the tokens into clauses and classifies each (order verb, question,
 * past report, negation, cancellation, payment notice, "thêm … nữa"); dead clauses place nothing.
 */
import type { Token } from './normalize.ts';
import { CANCEL_ACCENTED, CANCEL_WORDS, CHANGE_FOLLOWERS, CHO, COMPLAINT_PAIRS, EN_MODALS, EN_QUESTION_OPENERS, MEMO_PAIRS, MEMO_WORDS, MONEY_WORDS, MORE_WORDS, NEGATIONS, NOT_ARRIVED_PAIRS, ORDER_NOUNS, NEG_FINAL, ORDER_VERBS, PARTICLES, PAYMENT_PAIRS, PAYMENT_WORDS, PRONOUNS, QUESTION_PAIRS, QUESTION_WORDS, QUESTION_WORDS_ACCENTED, PAST_WORDS, RULES_OUT_AFTER, SEP_WORDS, VERB_GLUE, WordSet } from './lexicon.ts';
import { anyHasMeasureKind, spelledAs } from './matcher.ts';
import { continuesPhrase } from './separators.ts';
import { BARE_CLASSIFIERS, UNITS } from './numbers.ts';
import { ENGLISH_REQUESTERS, EN_PRONOUN_AFTER_OPENER, LIKE_SUBJECTS, PRICE_RE, ParseContext, SOFT_BEFORE_NEG, XIN_NOT_ORDER, isWord, lookup, newClause, pairEndsAt, pairIn, quantityOf } from './context.ts';
import { nameParenthesis, openParenthesis } from './parentheses.ts';
import type { Clause } from './context.ts';
import { colourAfterMau, continuesBack, inCatalogPair, spelledInCatalogPair } from './attributes.ts';
import { futureAt, nowAt, nowIn, pastAt, wordsStart } from './time-words.ts';
import { INTO, changeAt } from './change-lines.ts';
import { addsToOldOrder, alreadyHas, purchasesBefore } from './history.ts';
import { asideQuestion, asksWholesale, bareHoiAmid, closedByQuestionParticle, eitherOr, ifAvailable } from './inquiries.ts';
import { dropAt } from './drop-lines.ts';
import { somethingAt, somethingBefore, vagueOrdered } from './vague-amount.ts';
import { nothingMore, restatesAmount } from './clause-remarks.ts';
import { correctionNext, headGoesOn, keepsFor } from './verb-words.ts';

export function split(cx: ParseContext): void {
  const ts = cx.ts;
  let sentence = 0;
  let start = 0;
  cx.sentenceCancel.push(false);
  cx.sentenceQuestion.push(false);
  let past = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.kind === 'word') {
      // "hôm trước mua 2 cái rồi giờ lấy thêm 1": the new order starts a clause of its own.
      if (past && i > start && nowAt(cx, i)) {
        cx.clauses.push(newClause(start, i, sentence));
        start = i;
        past = false;
      }
      if (pastAt(cx, i)) past = true;
    } else past = false;
    if (t.kind === 'hard') {
      start = close(cx, start, i, sentence);
      if (t.question) cx.sentenceQuestion[sentence] = true;
      sentence++;
      cx.sentenceCancel.push(false);
      cx.sentenceQuestion.push(false);
    } else if ((t.kind === 'soft' && !nameParenthesis(cx, i)) || t.kind === 'phone' || (t.kind === 'word' && SEP_WORDS.has(t) && !continuesPhrase(cx, i))) {
      start = close(cx, start, i, sentence);
    } else if (t.kind === 'colon' && negatedBetween(ts, start, i)) {
      // "mua lẻ không lấy hộp quà: 1 hộp bánh cốm 6 cái, …": what the customer does not want ends at the colon
      // that opens what they do.
      start = close(cx, start, i, sentence);
    }
  }
  close(cx, start, ts.length, sentence);
}

/** Closes the clause from `start` at `end` (a separator); returns where the next clause starts. */
function close(cx: ParseContext, start: number, end: number, sentence: number): number {
  if (end > start) cx.clauses.push(newClause(start, end, sentence));
  return end + 1;
}

function negatedBetween(ts: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (negatesOrderAt(ts, k, to)) return true;
  return false;
}


export function classifySentence(cx: ParseContext, s: number): void {
  const cls = cx.clauses.filter((c) => c.sentence === s);
  for (const c of cls) classifyClause(cx, c);
  purchasesBefore(cx, cls, (c) => wordsStart(cx, c));
  if (cx.sentenceCancel[s]) {
    // "bỏ trà tâm sen ra, chỉ lấy 2 hộp trà atiso thôi": after the last clause that cancels, a clause that orders
    // again places its lines; a complaint ("giao thiếu") cancels the whole sentence.
    let last = -1;
    cls.forEach((c, k) => {
      if (c.cancel) last = k;
    });
    cls.forEach((c, k) => {
      c.dead = !(last >= 0 && k > last && c.verb && !c.neg);
    });
  }
  // A hard question covers the verbless clauses before it in its sentence ("2 khăn đỏ, 1 khăn xanh còn không?").
  let carry = false;
  let carryLimit = -1;
  for (let k = cls.length - 1; k >= 0; k--) {
    const c = cls[k]!;
    // "lấy 2 cái đàn bầu 1m1 giá 1tr8 đúng ko shop": checking the price while ordering still orders; so does a
    // price check confirmed after it ("2 đầu lân size M giá 280k đúng ko shop, lấy nhé").
    // (Not "mua 10 hộp có giảm giá không": there no price is stated to check.)
    const confirmed = c.priceCheck === true && c.money === true && (c.verb || cls.slice(k + 1).some((b) => b.verb && !b.hardQ && bare(cx, b)));
    if (c.hardQ && !c.polite && !confirmed) {
      c.dead = true;
      carry = !c.priceCheck && !asideQuestion(cx, c);
      // ("1 hộp mix 1kg (có súp lơ với cà rốt rồi đúng ko) thêm …": a question in parentheses covers only them.)
      carryLimit = openParenthesis(cx.ts, c.start);
    } else if (carry && c.start > carryLimit && !c.verb && !cls.slice(0, k).some((b) => b.verb)) c.dead = true;
    else if (c.verb) carry = false;
    if (c.past || c.neg || c.future) c.dead = true;
    if (c.softQ && !c.verb && !c.polite) c.dead = true;
  }
  if (cx.sentenceQuestion[s] && !cls.some((c) => c.verb || c.polite)) for (const c of cls) c.dead = true;
  // "e cần 20 chai bồ kết cho spa, có giá sỉ ko", "cho mình xin giá sỉ bát cơm 200 cái": asking the wholesale price of
  // an amount is an inquiry; nothing is ordered before the price is agreed, unless a clause orders outright.
  if (cls.some((c) => asksWholesale(cx, c)) && !cls.some((c) => ordersOutright(cx, c))) for (const c of cls) c.dead = true;
  // "tuần trước em đặt 2 khăn, 1 áo mà chưa nhận": the past goes on until a clause orders again or says "now".
  let past = false;
  for (const c of cls) {
    if (c.past) past = true;
    else if (past && !c.verb && !c.more && !nowIn(cx, c)) c.dead = true;
    else past = false;
  }
  // "Địa chỉ: 56 Nguyễn Đình Chiểu, P. Đa Kao": the address goes on to the end of its sentence unless a clause orders.
  let address = false;
  for (const c of cls) {
    if (c.address) address = true;
    if (address && !c.verb) c.dead = true;
    else if (c.verb) address = false;
  }
  // "đã ck 300k cho shop rồi ạ, nội dung: nguyen van an 2 non bai tho": what follows a payment notice in its
  // sentence describes the payment (its memo, what it was for) unless it orders again.
  let paid = false;
  for (const c of cls) {
    if (c.payment) paid = true;
    else if (paid && (c.memo || (!c.verb && !c.more))) c.dead = true;
    else if (c.verb) paid = false;
  }
}


/** Verbs of wanting or needing, or asking for something, that place no order by themselves. */
const WANTING = new WordSet(['cần', 'muốn', 'xin', 'mua']);

/**
 * The clause has an order verb other than wanting or needing: "lấy", "đặt", "cho mình 2 cái", but not "e cần", "e muốn
 * mua" nor "cho mình xin" (where "cho" only opens the asking).
 */
function ordersOutright(cx: ParseContext, c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) {
    if (!isVerbAt(cx, i) || WANTING.has(cx.ts[i]!)) continue;
    const n1 = cx.ts[i + 1];
    const n2 = cx.ts[i + 2];
    // ("cho em xin giá sỉ lồng tròn 30 nếu lấy 20 cái": a verb after "nếu", if, orders nothing yet; "cho mình giá sỉ
    // cuốc bản 50 cái" asks for the price.)
    const p1 = cx.ts[i - 1];
    const p2 = cx.ts[i - 2];
    if ((isWord(p1) && IF_WORDS.has(p1)) || (isWord(p1) && PRONOUNS.has(p1) && isWord(p2) && IF_WORDS.has(p2))) continue;
    const asked = isWord(n1) && PRONOUNS.has(n1) ? n2 : n1;
    if (CHO.has(cx.ts[i]) && isWord(asked) && asked.fold === 'gia') continue;
    if (!(isWord(n1) && WANTING.has(n1)) && !(isWord(n2) && WANTING.has(n2))) return true;
  }
  return false;
}

/** After "bỏ", words that take nothing back: "bỏ vào giỏ", "bỏ mối", "bỏ sỉ", "bỏ bớt" (folded). */
const NOT_TAKING_BACK = new Set(['vao', 'gio', 'moi', 'si', 'bot']);

/** Words before a harm to avoid: "kẻo", "khỏi", "tránh", "sợ", "không" (bị vỡ). */
const LEST = new WordSet(['kẻo', 'khỏi', 'tránh', 'sợ', 'không', 'ko', 'k']);

/** "Nếu", if. */
const IF_WORDS = new WordSet(['nếu']);

export function classifyClause(cx: ParseContext, c: Clause): void {
  const ts = cx.ts;
  let firstWord = -1;
  let lastWord = -1;
  let payment = false;
  let money = false;
  let orderedFirst = false;
  let forOrder = false;
  let paidDone = false;
  // "…, đổi 1 chai sang 1 lít": after what was ordered, a change of a line is no cancel (change-lines.ts).
  // (Said alone, it changes a line of the cart: change-lines.ts.)
  const turn = changeAt(cx, c);
  const changeVerb = turn?.at ?? -1;
  if (turn !== null) c.changeTo = turn.to;
  // "…, à thôi bỏ bình tưới nhé": after what was ordered, "bỏ" + a product takes that line back (drop-lines.ts).
  const dropVerb = cx.clauses.indexOf(c) > 0 ? dropAt(cx, c) : -1;
  if (dropVerb >= 0) c.dropVerb = dropVerb;
  for (let i = c.start; i < c.end; i++) {
    const t = ts[i]!;
    if (!isWord(t)) continue;
    if (firstWord < 0) firstWord = i;
    if (i === changeVerb || i === dropVerb) continue;
    if (!PARTICLES.has(t) && !PRONOUNS.has(t)) lastWord = i;
    const next = ts[i + 1];
    const verbHere = isVerbAt(cx, i);
    if (verbHere) c.verb = true;
    // ("chia cho mấy đứa em": "mấy" before people is "the few", no question.)
    const fewPeople = t.low === 'mấy' && isWord(next) && PEOPLE.has(next);
    // "màu gì cũng được", "mau nao cung dc": any of them will do, no question; "cho mình hỏi mua 1 bộ": asking to buy.
    const anyWill = isWord(next) && next.fold === 'cung';
    const askToBuy = t.fold === 'hoi' && ((isWord(next) && ORDER_VERBS.has(next)) || bareHoiAmid(cx, i, firstWord));
    // "ko lấy quế hồi lẻ đâu": after a negation, "đâu" stresses it ("not at all"), it asks nothing.
    const stressed = t.low === 'đâu' && ts.slice(c.start, i).some((w) => isWord(w) && NEGATIONS.has(w));
    // "1 củ tulip xem thử", "lấy 2 hũ về xem thử nhé": after a count, "xem thử" closing the clause is buying to try,
    // no question.
    const toTry = t.fold === 'xem' && isWord(next) && next.fold === 'thu' && ts.slice(c.start, i).some((w) => /^\d/.test(w.low)) &&
      ts.slice(i + 2, c.end).every((w) => !isWord(w) || PARTICLES.has(w));
    // ("vợt 5 sao", "bóng 3 sao": after a number, a word the catalog counts in its names is a grade, no "sao?".)
    // ("… cho trường mầm non Sao Mai": a capitalised word beside another, inside its clause, is part of a name.)
    const named = t.cap && i !== firstWord && (ts[i - 1]?.cap === true || ts[i + 1]?.cap === true);
    // ("3, 4 cái gì đó": some such, no question; the clause's amounts are left open.)
    const something = somethingAt(cx, i);
    if (something) c.something = true;
    if ((QUESTION_WORDS.has(t) || QUESTION_WORDS_ACCENTED.has(t.low)) && !named && !inCatalogPair(cx, i) && !fewPeople && !anyWill && !askToBuy && !stressed && !toTry && !afterAmount(cx, i) && !vagueOrdered(cx, c, i) && !something &&
      !(/^\d+$/.test(ts[i - 1]?.low ?? '') && anyHasMeasureKind(cx.m, `na:${t.fold}`))) c.hardQ = true;
    if (stressed) c.neg = true;
    if (isWord(next) && pairIn(QUESTION_PAIRS, t, next)) c.hardQ = true;
    if (pastAt(cx, i)) c.past = true;
    // ("thôi quế 40 để lần sau": goods left for a time to come are taken back, drop-lines.ts; the clause buys nothing then.)
    if (futureAt(cx, c, i) && dropVerb < 0) c.future = true;
    if (MORE_WORDS.has(t) && !(cx.en && t.low === 'them')) c.more = true;
    // (Not what the customer would avoid: "bọc kỹ kẻo bị bung nan", "gói cẩn thận cho khỏi bị vỡ".)
    if (isWord(next) && pairIn(COMPLAINT_PAIRS, t, next) && !LEST.has(ts[i - 1])) cx.sentenceCancel[c.sentence] = true;
    // (… "mà chưa nhận được": the clauses before it in the sentence told of that order.)
    // ("e dat 2kg muc size M ma nhan duoc size S": after "mà", what was received tells of that order too.)
    // ("e đặt 3 giỏ picnic mà mới nhận 2": "mới", "chỉ" before it, and a count after it, too.)
    const only = i === firstWord && (t.fold === 'moi' || t.fold === 'chi') && isWord(next) && next.fold === 'nhan';
    const got = only ? ts[i + 2] : next;
    const receivedAfter = i === firstWord && (t.fold === 'nhan' || only) && isWord(got) &&
      (got.fold === 'duoc' || got.fold === 'du' || (only && /^\d/.test(got.low))) && cx.ts[c.start - 1]?.fold === 'ma';
    if (isWord(next) && (pairIn(NOT_ARRIVED_PAIRS, t, next) || receivedAfter)) {
      for (const b of cx.clauses) if (b === c || (b.sentence === c.sentence && b.end <= c.start)) b.past = true;
    }
    if (i === firstWord && ((isWord(next) && pairIn(MEMO_PAIRS, t, next)) || (MEMO_WORDS.has(t) && ts[i + 1]?.kind === 'colon'))) c.memo = true;
    if (ORDER_VERBS.has(t) && !payment && verbHere) orderedFirst = true;
    if (PAYMENT_WORDS.has(t) || (isWord(next) && pairIn(PAYMENT_PAIRS, t, next))) payment = true;
    // ("e chuyển khoản rồi nhé, đơn 2 bình rạn 20", "ck rồi nha": paid, done; not "chuyển khoản rồi đặt …", then.)
    // (Not after goods named with their amount in the clause: "trau xe 250 x4 nhe ck roi nha" orders them.)
    if (payment && DONE.has(t) && !(isWord(next) && ORDER_VERBS.has(next)) && !ts.slice(c.start, i).some((w) => isWord(w) && /^\d/.test(w.low) && !PRICE_RE.test(w.low))) paidDone = true;
    // "mình ck cho đơn bộ bàn ghế rồi": a payment that names the order it pays, with or without the amount.
    if (payment && ORDER_NOUNS.has(t)) forOrder = true;
    // (A price opens with a digit, as PRICE_RE requires: most words are no number and skip both tests.)
    // ("lắc tay nữ 18k" where the shop sells "vàng 18K": a word of the catalog's names is no price.)
    if (t.low.charCodeAt(0) <= 57 && /^\d/.test(t.low) && ((PRICE_RE.test(t.low) && lookup(cx, i) === null) || MONEY_WORDS.has(next))) money = true;
    if (CANCEL_WORDS.has(t) && !(t.fold === 'change' && cx.en === false) && !inCatalogPair(cx, i)) cx.sentenceCancel[c.sentence] = c.cancel = true;
    // ("ô gấp 5 mini bỏ túi": a pair of the catalog's words, pocket-sized, takes nothing back.)
    if (CANCEL_ACCENTED.has(t.low) && !(isWord(next) && next.fold === 'thanh') && !spelledInCatalogPair(cx, i)) {
      // "đổi sang size L", "bỏ cà vạt", "trả hàng"; but not "bỏ vào giỏ" (add to cart), "bỏ mối", "bỏ sỉ" (sell on to
      // shops), "bỏ bớt" (take some off, restate.ts) or "trả tiền" (pay).
      // "1 ví đen, à đổi sang màu nâu": after something ordered earlier in the message, "đổi sang" corrects it.
      const switchTo = t.low === 'đổi' && isWord(next) && (next.fold === 'sang' || next.fold === 'qua');
      // "3 cây giò lụa à đổi 2 cây thôi": "đổi" before a new amount, after something ordered, restates it.
      const restated = t.low === 'đổi' && restatesAmount(cx, c, i);
      // "3 hộp pía, bỏ 1 hộp": after an order earlier in the message, "bỏ" with an amount reduces it (restate.ts).
      const reduces = t.low === 'bỏ' && isWord(next) && /^\d/.test(next.low) && cx.clauses.indexOf(c) > 0;
      // "đổi 2 bình 20l" where the shop sells "Bình 20 lít đổi vỏ": the word of a product's name, with nothing to change
      // into, orders the exchange.
      const exchange = t.low === 'đổi' && spelledAs(cx.m, t.low) && !ts.slice(i + 1, c.end).some((w) => isWord(w) && INTO.has(w));
      const change =
        t.low === 'đổi' ? !switchTo && !restated && !exchange : t.low === 'bỏ' ? !(isWord(next) && NOT_TAKING_BACK.has(next.fold)) && !reduces :
          CHANGE_FOLLOWERS.has(next) && next?.fold !== 'tien';
      if (change) cx.sentenceCancel[c.sentence] = c.cancel = true;
    }
    // ("huy hiệu": a pair of the catalog's words, not "huỷ" typed bare.)
    if (!t.accented && t.fold === 'huy' && !t.cap && !inCatalogPair(cx, i)) cx.sentenceCancel[c.sentence] = c.cancel = true;
    // "4 lạng hạt dổi, à không lấy 6 lạng": a negation after "à" takes back what was said before; the rest orders.
    // ("1 cây giò lụa riêng chứ ko lấy combo": after "chứ" the negation rules out the other thing, not this order.)
    // ("son hong dat": after "son", a pair of the catalog's words, "hồng đất", not "hông đặt".)
    if (negatesOrderAt(ts, i, c.end) && !(inCatalogPair(cx, i) && continuesBack(cx, i)) && !colourAfterMau(cx, i)) c.neg = true;
    // "khỏi thêm trứng nha", "thôi khỏi lấy lược": no need of it (not "ra khỏi đơn", out of the order; typed bare,
    // "khoi" may be "khói", smoke).
    if (t.low === 'khỏi' && ts[i - 1]?.fold !== 'ra') c.neg = true;
  }
  if (c.something === true) somethingBefore(cx, c);
  if (firstWord >= 0) {
    const f = ts[firstWord]!;
    const n = ts[firstWord + 1];
    if (EN_MODALS.has(f.low) && isWord(n) && ENGLISH_REQUESTERS.has(n.low)) c.polite = true;
    if (EN_QUESTION_OPENERS.has(f.low) && isWord(n) && EN_PRONOUN_AFTER_OPENER.has(n.low)) c.hardQ = true;
  }
  // ("…? chưa hết thì e lấy 3 hộp": "not sold out, then" negates nothing ordered.)
  if (ifAvailable(cx, c) && cx.clauses.some((b) => b.end <= c.start && b.hardQ)) {
    c.verb = true;
    c.neg = false;
  }
  // ("rượu mơ 1 lít có không" where the shop sells "bình … (có vòi)" and "bình không": after "có" or "còn", a closing
  // "không" asks, whatever the catalog's words.)
  const stockBefore = isWord(ts[lastWord - 1]) && (ts[lastWord - 1]!.fold === 'co' || ts[lastWord - 1]!.fold === 'con');
  const finalIsProduct = lastWord > c.start && !stockBefore && lookup(cx, lastWord) !== null && continuesBack(cx, lastWord);
  // "miến 2 kg": a unit after a number, not "kg" for "không".
  // ("nửa kg", "hai kg": a spelled number too.)
  // ("khô gà bán theo kg": after "theo" too.)
  const unitAfterNumber = lastWord > c.start && UNITS.get(ts[lastWord]) !== undefined &&
    (/^\d/.test(ts[lastWord - 1]?.low ?? '') || quantityOf(cx, lastWord - 1)?.unitIdx === lastWord || ts[lastWord - 1]?.fold === 'theo');
  // ("2 cái nem chua" in a message typed with diacritics: a bare "chua" is "sour", not "chưa".)
  const asTyped = lastWord < 0 || !cx.accented || ts[lastWord]!.accented || NEG_FINAL.hasCatalogText(ts[lastWord]!.low, true);
  if (lastWord >= 0 && NEG_FINAL.has(ts[lastWord]) && lastWord > c.start && !finalIsProduct && !unitAfterNumber && asTyped) {
    const before = ts[lastWord - 1];
    if (SOFT_BEFORE_NEG.has(before)) c.softQ = true;
    else if (!NEGATIONS.has(before) && before?.low !== 'à' && !(before?.low === 'a' && !cx.accented && correctionNext(cx, c))) c.hardQ = true;
  }
  if (eitherOr(cx, c) || closedByQuestionParticle(cx, c)) c.hardQ = true;
  if (c.polite) c.hardQ = false;
  if (nothingMore(cx, c)) {
    // "CHE-MIX-5 1 bộ, ko lấy thêm gì": nothing more is wanted; no question over what was ordered before it.
    c.hardQ = false;
    c.neg = true;
  }
  if (money) c.money = true;
  if (c.hardQ && (money || hasPriceWord(ts, c))) c.priceCheck = true;
  if (firstWord >= 0 && isAddressLabel(ts, firstWord)) c.address = true;
  if (!c.verb && alreadyHas(cx, firstWord, lastWord)) c.past = true;
  // "vuông hết thì lấy tròn", "không có thì lấy màu xanh": a fallback, not a second order ("còn thì lấy" orders).
  for (let k = c.start; k < c.end; k++) {
    if (!isWord(ts[k])) continue;
    if (ts[k]!.fold !== 'thi' || !isWord(ts[k - 1])) continue;
    const b = ts[k - 1]!;
    if ((b.fold === 'het' && ts[k - 2]?.fold !== 'chua') || (b.fold === 'co' && isWord(ts[k - 2]) && NEGATIONS.has(ts[k - 2]!))) c.neg = true;
  }
  for (let k = firstWord + 1; k < c.end; k++) if (isWord(ts[k]) && ts[k]!.fold === 'thoi') c.only = true;
  // "…, à mà thôi lấy 2 hộp 500g", "À bánh gai dừa cho chị 2 chục luôn": opening on "thôi" or "à" after what was
  // ordered, the clause says again how much of a product (not "à thêm 1 cái nữa", which adds).
  const opener = firstWord >= 0 ? ts[firstWord]! : null;
  if (opener !== null && cx.clauses.indexOf(c) > 0 && !c.more && (opener.fold === 'thoi' || opener.low === 'à' || opener.low === 'ah')) c.only = true;
  // "e đã ck 450k cho bộ ấm chén": a payment for an order already placed.
  if (payment && (money || forOrder || paidDone) && !orderedFirst) c.past = c.payment = true;
  if (c.past && c.more && !c.payment && addsToOldOrder(cx, c)) c.past = false;
}

/** After a word of payment, words that say it is done: "ck rồi", "chuyển khoản xong". */
const DONE = new WordSet(['rồi', 'xong', 'r']);

/** People a "mấy" may count without asking ("mấy đứa em", "mấy chị", "mấy bạn"). */
const PEOPLE = new WordSet(['đứa', 'người', 'bạn', 'chị', 'anh', 'em', 'bé', 'cháu', 'cô', 'chú', 'bác', 'ông', 'bà', 'mẹ']);

/**
 * Token i negates ordering: "không lấy", "ko mua", "chưa cần lấy". Not after "à" (it takes back what was said
 * before; the rest orders) nor after "chứ" or a closing particle ("1 cây giò lụa riêng chứ ko lấy combo" rules out
 * the other thing).
 */
function negatesOrderAt(ts: readonly Token[], i: number, end: number): boolean {
  const t = ts[i];
  if (!isWord(t) || !NEGATIONS.has(t)) return false;
  const b = ts[i - 1];
  if (isWord(b) && (b.low === 'à' || b.low === 'ah' || b.low === 'ủa' || RULES_OUT_AFTER.has(b.fold))) return false;
  // ("…, a khong lay 3 chai": typed bare, "à không" before a new amount; not "a không lấy nữa".)
  if (isWord(b) && b.low === 'a' && isWord(ts[i + 1]) && ts[i + 1]!.fold === 'lay' && /^\d/.test(ts[i + 2]?.low ?? '')) return false;
  // ("cá kho hút chân không gửi vào Sài Gòn": "chân không" is a vacuum, no negation.)
  if (isWord(b) && b.fold === 'chan' && t.fold === 'khong') return false;
  for (let k = i + 1; k < Math.min(end, i + 4); k++) {
    const u = ts[k];
    if (!isWord(u)) return false;
    if (ORDER_VERBS.has(u) && u.fold !== 'muon' && u.fold !== 'can') return true;
    if (!(PRONOUNS.has(u) || u.fold === 'muon' || u.fold === 'can' || u.fold === 'dinh' || u.fold === 'con')) return false;
  }
  return false;
}


/** An order verb at token i ("lấy", "cho mình", "I'd like", "ship cho em"). */
export function isVerbAt(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i];
  if (!isWord(t)) return false;
  const prev = cx.ts[i - 1];
  const next = cx.ts[i + 1];
  if (CHO.has(t)) {
    if (!isWord(next)) return false;
    return PRONOUNS.has(next) || /^\d/.test(next.low) || BARE_CLASSIFIERS.has(next) || lookup(cx, i + 1) !== null;
  }
  if (t.low === 'để' || (t.low === 'de' && !cx.accented)) return keepsFor(cx, i);
  if (!ORDER_VERBS.has(t)) return false;
  if (t.low === 'like') return isWord(prev) && LIKE_SUBJECTS.has(prev.low);
  if (t.low === 'have') return isWord(prev) && (prev.low === 'i' || prev.low === 'we' || prev.low === "i'll");
  if (t.fold === 'xin' && XIN_NOT_ORDER.has(next)) return false;
  if (t.fold === 'can' && (cx.en || !t.accented)) return false;
  if (t.fold === 'dat' && !t.accented && cx.accented) return false;
  // ("dat set 5kg" in a shop of "Đất sét": typed bare, "dat" that makes a pair of the names with the next word is
  // "đất", the goods, not "đặt".)
  if (t.fold === 'dat' && !t.accented && isWord(next) && !PRONOUNS.has(next) && pairEndsAt(cx, i + 1)) return false;
  // ("gui nho 2 gui vua 2" at a shop of "Gùi": typed bare, a head noun of the catalog that the next word goes on
  // naming is the goods, not "gửi"; not before a pronoun or a number, "gui e 2 cai".)
  if (!cx.accented && isWord(next) && !PRONOUNS.has(next) && !/^\d/.test(next.low) && headGoesOn(cx, i)) return false;
  return true;
}


// ---- scanning ---------------------------------------------------------------------------------


/** What governs a quantity: an order verb ("lấy e 2"), nothing (it opens the clause), or another word. */
export function quantityContext(cx: ParseContext, c: Clause, start: number): 'verb' | 'start' | 'other' {
  for (let k = start - 1; k >= c.start; k--) {
    const t = cx.ts[k]!;
    if (t.kind !== 'word') continue;
    if (CHO.has(t)) return PRONOUNS.has(cx.ts[k + 1]) ? 'verb' : 'other';
    if (ORDER_VERBS.has(t)) return isVerbAt(cx, k) ? 'verb' : 'other';
    if (cx.verbWords.has(k)) return 'verb';
    if (PRONOUNS.has(t) || PARTICLES.has(t) || VERB_GLUE.has(t) || MORE_WORDS.has(t)) continue;
    return 'other';
  }
  return 'start';
}

/** "giá", "tổng": a clause about what something costs. */
const PRICE_WORDS = new WordSet(['giá', 'tổng', 'price', 'total']);
function hasPriceWord(ts: readonly Token[], c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) if (isWord(ts[i]) && PRICE_WORDS.has(ts[i]!)) return true;
  return false;
}

/** "Địa chỉ: …", "ĐC: …", "đ/c …", "address: …" opening a clause. */
function isAddressLabel(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const n = ts[i + 1];
  if (t.fold === 'dia' && isWord(n) && n.fold === 'chi') return true;
  return (t.fold === 'dc' || t.fold === 'address') && n?.kind === 'colon';
}

/** The word at i makes a pair of the catalog's words with the word before or after it ("sao vàng", "thiếu nữ"). */
/** "1kg hoi loai 1", "2 goi hoi 100g": typed bare, a catalog word right after an amount is the product ("hồi"), not "hỏi". */
function afterAmount(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  const prev = cx.ts[i - 1];
  if (t.accented || !isWord(prev) || lookup(cx, i) === null) return false;
  const classifier = UNITS.get(prev) !== undefined && /^\d/.test(cx.ts[i - 2]?.low ?? '');
  // ("cho xin 1 cặp sao 30cm": after a number and its classifier, even in a message typed with diacritics, the word is
  // the noun counted.)
  return classifier || (!cx.accented && /^\d/.test(prev.low));
}


/** A clause with no number and no catalog word ("lấy nhé", "e lấy luôn"): it confirms, it names nothing. */
function bare(cx: ParseContext, c: Clause): boolean {
  for (let j = c.start; j < c.end; j++) {
    const t = cx.ts[j];
    if (!isWord(t)) continue;
    if (/^\d/.test(t.low) || (lookup(cx, j) !== null && !ORDER_VERBS.has(t))) return false;
  }
  return true;
}


