/**
 * A message that orders (an ordering clause holding a catalog product phrase and a quantity, or an order verb)
 * but whose reading placed nothing and asked nothing has lost the whole order: "sandal 40 x 2 đôi", "dia loai A
 * x3", "dây xích bạc 50 phân" read as nothing would leave the customer waiting for a cart that never comes. Saying
 * nothing is as wrong as placing the wrong goods: ask about the phrase instead (with the products it fits).
 * Questions, greetings, past reports and cancellations are dead clauses and are left alone.
 */
import { isWord, phraseOf, quantityOf } from '../context.ts';
import { asksAdviceAt } from '../advice.ts';
import type { Clause, NounPhrase, ParseContext } from '../context.ts';
import { resolveConcepts } from '../matcher.ts';
import { UNITS, isTensOrDozens } from '../numbers.ts';
import { NEG_FINAL, ORDER_VERBS, PARTICLES, PRONOUNS, WordSet } from '../lexicon.ts';
import type { MessageDoubt, ReviewRule } from './rule.ts';

const HAS = new WordSet(['có']);

/** At most this many buttons are offered for a phrase that fits several products. */
const MAX_CANDIDATES = 6;

/**
 * Words that make a message about the goods rather than an order of them: a quote or a photo asked for ("báo giá",
 * "xin ảnh"), a fault reported ("bị gỉ", "xử lý giúp"), a comparison ("khác gì").
 */
const NOT_ORDER = new WordSet(['giá', 'báo', 'ảnh', 'hình', 'bị', 'xử', 'khác', 'lỗi', 'photo', 'picture', 'price']);

/**
 * A message that asks rather than orders: for advice ("e muốn đặt bánh cho 50 người ăn, c tư vấn giúp"; see advice.ts)
 * or how many people the goods serve ("bánh 20cm đủ cho mấy người ăn ạ", "nồi 36cm nấu được mấy người").
 */
function asksAbout(cx: ParseContext): boolean {
  return cx.ts.some((t, i) => asksAdviceAt(cx, i) || (isWord(t) && t.low === 'mấy' && isWord(cx.ts[i + 1]) && cx.ts[i + 1]!.fold === 'nguoi'));
}

/** The clause orders: it holds a number (a count, a size, "x2", "chục") and the message no word of a non-order. */
function ordering(cx: ParseContext, c: Clause): boolean {
  if (cx.ts.some((t) => isWord(t) && NOT_ORDER.has(t)) || asksAbout(cx)) return false;
  // "khung 20x25 có màu nâu không": "có … không" asks whether, even without a question mark.
  const co = cx.ts.findIndex((t) => isWord(t) && HAS.has(t));
  if (co >= 0 && cx.ts.slice(co + 1).some((t) => isWord(t) && NEG_FINAL.has(t))) return false;
  // ("sáo trúc tone D, cây 45 phân, 1 cây": the number may stand in a later clause of the same sentence.)
  for (const b of cx.clauses) {
    if (b !== c && (b.sentence !== c.sentence || b.dead || b.hardQ || b.start < c.start)) continue;
    // ("… nửa chục": a count of tens or dozens in words is a number too; "chuc shop" is a wish.)
    for (let j = b.start; j < b.end; j++) if (isWord(cx.ts[j]) && (/\d/.test(cx.ts[j]!.low) || (isTensOrDozens(cx.ts[j]) && quantityOf(cx, j - 1)?.multiplied === true))) return true;
  }
  return false;
}

function productWords(cx: ParseContext, np: NounPhrase): boolean {
  if (np.allCaps || np.headUnknown || !np.hits.some((h) => h.weight >= 1)) return false;
  // A lone classifier or container ("2 hộp") names no product.
  return cx.ts.slice(np.start, np.end).some((t) => isWord(t) && UNITS.get(t) === undefined);
}

export const unplacedOrder: ReviewRule = {
  name: 'unplaced-order',
  why: 'a message that orders a catalog product but whose reading placed and asked nothing has lost the order',
  reviewMessage(cx: ParseContext): MessageDoubt[] {
    if (cx.lines.length > 0 || cx.unresolved.length > 0) return [];
    for (let k = 0; k < cx.events.length; k++) {
      const e = cx.events[k]!;
      const c = cx.eventClauses[k]!;
      if (e.t !== 'NP' || c.dead || cx.sentenceQuestion[c.sentence] || c.cancel || c.priceCheck || c.address || c.payment || c.hardQ || c.softQ) continue;
      if (!productWords(cx, e.np) || !ordering(cx, c)) continue;
      return [doubtAbout(cx, e.np, 'the message orders but no line or question came of it')];
    }
    const asked = takenAfterQuestion(cx);
    return asked === null ? [] : [doubtAbout(cx, asked, 'the message takes what a question before named, but no line came of it')];
  },
};

function doubtAbout(cx: ParseContext, np: NounPhrase, reason: string): MessageDoubt {
  const r = resolveConcepts(cx.m, np.hits, null, np.unknownAttr);
  return { phrase: phraseOf(cx, np), qty: 1, reason, candidates: r.conflict ? [] : r.candidates.slice(0, MAX_CANDIDATES) };
}

/** Words a bare taking may hold beside its verb: "e lấy hết", "vậy chốt luôn", "ok lấy cả". */
const TAKE_ALL = new WordSet(['hết', 'cả', 'tất', 'vậy', 'thế', 'ok', 'oke', 'oki']);

/**
 * "bỉm M 60 miếng còn 12 gói hả, e lấy hết", "áo đỏ size M còn không? còn e lấy": a clause that is only an order
 * verb (with a form of address or "hết") after a question naming a product takes that product, in an amount the
 * words may not tell. The phrase the question named, else nothing.
 */
function takenAfterQuestion(cx: ParseContext): NounPhrase | null {
  let asked: NounPhrase | null = null;
  for (const c of cx.clauses) {
    if (c.hardQ || c.softQ) {
      for (let k = 0; k < cx.events.length; k++) {
        const e = cx.events[k]!;
        if (e.t === 'NP' && cx.eventClauses[k] === c && productWords(cx, e.np)) asked ??= e.np;
      }
      continue;
    }
    if (asked === null || c.dead || c.neg || c.cancel) continue;
    let verb = false;
    let bare = true;
    for (let j = c.start; j < c.end && bare; j++) {
      const t = cx.ts[j];
      if (!isWord(t)) continue;
      if (ORDER_VERBS.has(t)) verb = true;
      else if (!PRONOUNS.has(t) && !PARTICLES.has(t) && !TAKE_ALL.has(t)) bare = false;
    }
    if (verb && bare) return asked;
  }
  return null;
}
