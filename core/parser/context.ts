/**
 * Shared state and word-level helpers of one parse: the parse context (tokens, clauses, placed lines and
 * questions), the types every stage passes on, and the grammar word lists the stages share.
 */
import type { Token } from './normalize.ts';
import { CHO, COMPLAINT_PAIRS, CORRECTION_WORDS, FUTURE_PAIRS, EACH_HEAD, EACH_KIND, FILLERS, MEMO_PAIRS, MORE_WORDS, NEG_FINAL, NOW_PAIRS, NUMBER_BLOCKERS, ORDER_VERBS, PARTICLES, PAST_PAIRS, PAYMENT_PAIRS, PRONOUNS, QUESTION_PAIRS, QUESTION_WORDS, SEP_WORDS, SET_WORDS, VERB_GLUE, WordSet } from './lexicon.ts';
import { isHead, productHas, productsOf, spelledAs } from './matcher.ts';
import { gluedVien } from './glued-count.ts';
import { fewOfUnit } from './vague-count.ts';
import { lookupWord } from './word-reading.ts';
import { readQuantity } from './numbers.ts';
import type { ConceptHit, Matcher } from './matcher.ts';
import type { Quantity } from './numbers.ts';

/** The parser's reading of one message (CONTRACT.md section 4, plus `unresolved` for the bot). */
export interface ParsedOrder {
  items: { sku: string; qty: number }[];
  phone: string | null;
  ask: boolean;
  /**
   * `amount`: the goods are known, the amount is not (goods sold by weight, volume or length ordered with none).
   * `repeat`: an earlier order asked for again with none of its goods told ("lấy như lần trước").
   */
  unresolved: { phrase: string; qty: number; candidates: string[]; change?: true; amount?: true; repeat?: true }[];
  /**
   * Lines the message changes without having ordered them ("đổi jinro mận sang jinro dâu"): the skus the bot takes out
   * of the cart before it adds `items` (change-lines.ts). Not part of the JSON line of `npm run parse`.
   */
  replaced: string[];
}

export interface Clause {
  start: number;
  end: number;
  sentence: number;
  verb: boolean;
  hardQ: boolean;
  softQ: boolean;
  polite: boolean;
  past: boolean;
  neg: boolean;
  more: boolean;
  dead: boolean;
  /** a payment notice ("đã ck 300k cho shop rồi") */
  payment?: boolean;
  /** opens with the label of a transfer memo ("nội dung: ...") */
  memo?: boolean;
  /** ends on "thôi" ("à vòng trơn L lấy 1 thôi"): what it names replaces what the message said of it before */
  only?: boolean;
  /** holds a cancel word ("huỷ", "bỏ", "đổi"): the sentence cancels what it names */
  cancel?: boolean;
  /** states an amount of money ("giá 1tr8", "280k", "450 nghìn") */
  money?: boolean;
  /** a question about a price or a total ("tổng 155k đúng ko shop"): it questions the price, not the order */
  priceCheck?: boolean;
  /** opens with an address label ("Địa chỉ:", "ĐC:"): what follows in its sentence is where to deliver */
  address?: boolean;
  /** "đổi … sang|thành …": where the change turns (change-lines.ts); no product phrase runs across it */
  changeTo?: number;
  /** says "gì đó" ("3, 4 cái gì đó", "1 bình gì đó"): its amounts are left open (vague-amount.ts) */
  something?: boolean;
  /** where a "bỏ" taking a line back stands (drop-lines.ts): it names nothing */
  dropVerb?: number;
  /** says what the customer will buy another time ("tuần sau e lấy thêm 2 cái", "ngựa để lần sau"): no order now */
  future?: boolean;
}

export interface NounPhrase {
  start: number;
  end: number;
  hits: ConceptHit[];
  /** a colour or size word the catalog does not know ("hồng", "XL") */
  unknownAttr: boolean;
  /** the head noun is not a catalog word ("quạt lụa", "silk fans") */
  headUnknown: boolean;
  /** number of words not in the catalog */
  unknown: number;
  /** every word is capitalized (a street or a person's name) */
  allCaps: boolean;
  /** right after an order verb: an implied quantity of one */
  implied: boolean;
  /** a lone head noun followed by an unknown word ("túi giấy"): resolve only by asking */
  unknownModifier?: boolean;
  /** followed by a measure that is both a size in a name and an amount of a product sold by it ("gạo 5kg") */
  sizeOrAmount?: boolean;
  /** indices of the words inside the phrase the catalog does not know */
  unknownAt?: number[];
  /** right after "mỗi loại" ("mỗi loại tôm khô 1 ký"): one line for each product it names */
  each?: boolean;
  /** closed by English "one" standing for goods named before it ("a red one"), one-for-goods.ts */
  forGoods?: boolean;
}

export type Event =
  | { t: 'Q'; q: Quantity; dead: boolean; each: boolean; classifierOnly: boolean }
  | { t: 'NP'; np: NounPhrase }
  | { t: 'EACH' }
  | { t: 'CORR' };

export interface Line {
  product: number;
  qty: number;
  implied: boolean;
  /** the phrase and the quantity the line was read from (for the review rules and the trace) */
  np?: NounPhrase;
  q?: Quantity | null;
  /** the header the line was listed under ("4 set: 2 hồng 1-3, 2 xanh 4-6"), whose words name it too */
  header?: NounPhrase;
  /** put in place of the line before by a correction ("… à đổi thành gạo lứt đi") */
  corrected?: boolean;
}

export interface Unresolved {
  phrase: string;
  qty: number;
  candidates: string[];
  implied: boolean;
  /** a change said alone that could not be read ("đổi 2 bình gas thành 3 bình" of two gases): the cart is for the customer to edit */
  change?: boolean;
  /** the one product is known, its amount is not ("lấy khô cá dứa" of goods sold by the kg) */
  amount?: boolean;
  /** an earlier order asked for again, none of its goods told ("lấy như lần trước"): the bot offers the last one */
  repeat?: boolean;
}

/** A product phrase seen in the message, with what became of it (for "lấy 2 cái" referring back). */
export interface Mention {
  np: NounPhrase;
  line: Line | null;
  unresolved: Unresolved | null;
  sentence: number;
  explicit: boolean;
  /** named in a clause that orders nothing (a question, a price check): it may be ordered later by its head noun */
  asked?: boolean;
  /** the quantity paired with the phrase, if any */
  q?: Quantity | null;
}

export const EN_STOP = new WordSet([
  'deliver', 'delivery', 'address', 'phone', 'tel', 'call', 'by', 'before', 'on', 'at', 'for', 'to', 'in', 'from',
  'is', 'are', 'was', 'it', 'they', 'them', 'this', 'that', 'these', 'those', 'my', 'your', 'me', 'you', 'we', 'i',
  'if', 'so', 'or', 'but', 'as', 'than', 'then', 'each', 'all', 'both', 'any', 'thank', 'thanks',
]);
export const STOCK_BLOCKERS = new WordSet(['còn', 'có', 'từ', 'trên', 'hơn', 'dưới', 'khoảng', 'tầm', 'over', 'under', 'from', 'than']);
export const XIN_NOT_ORDER = new WordSet(['chào', 'lỗi', 'phép', 'hỏi', 'cảm', 'cám']);
export const SOFT_BEFORE_NEG = new WordSet(['được', 'đc', 'dc', 'duoc', 'đươc']);
export const ENGLISH_REQUESTERS = new Set(['i', 'we', 'you']);
export const EN_PRONOUN_AFTER_OPENER = new Set(['you', 'it', 'there', 'the', 'this', 'that', 'they', 'these', 'those', 'your', 'we', 'i', 'he', 'she']);
export const LIKE_SUBJECTS = new Set(['i', "i'd", 'would', 'we', "we'd", 'also']);
export const OF_EACH = new WordSet(['of']);
export const EACH_EN = new WordSet(['each']);
export const PURPOSE = new WordSet(['để', 'de']);
export const PRICE_RE = /^\d+(?:[.,]\d+)?(?:k|tr\d*|trieu|triệu|đ|d|vnd|vnđ|nghìn|ngàn|usd|\$)$|^\d{1,3}(?:[.,]\d{3})+(?:đ|d|vnd)?$/;
export const NAME_LINKS = new WordSet(['cho', 'của', 'dành', 'for', 'of']);
/** Spelled grade numbers: "first grade", "hạng nhất", "loại hai". */
export const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['one', 1], ['two', 2], ['three', 3], ['nhất', 1], ['nhat', 1], ['nhì', 2], ['nhi', 2],
  ['một', 1], ['mot', 1], ['hai', 2], ['ba', 3], ['1st', 1], ['2nd', 2], ['3rd', 3],
]);
export const X_SIGNS = new Set(['x', '×', '*']);
/** Head nouns of a product sold as a set of pieces (folded). */
export const SET_HEADS = SET_WORDS.map(([folded]) => folded);
/** Words that rule out what follows inside a product phrase ('chưa rang', 'không đường', 'without sugar'). */
export const NOT_IN_NAME = new WordSet(['chưa', 'không', 'ko', 'khong', 'chẳng', 'chả', 'without']);
export const MADE_OF = new WordSet(['bằng', 'bang']);
export const DIRECTIONS = new WordSet(['về', 've', 'ra', 'đến', 'tới', 'tại', 'ở', 'to', 'at', 'vào', 'qua', 'from']);

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/**
 * "còn" (as for) among tokens from..to-1 ("…, còn bộ 3 thì để e hỏi ý bố e đã"): what follows is about the goods it
 * names only. (Typed bare in a message without marks, "con" is "còn" too.)
 */
export function contrastIn(cx: ParseContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = cx.ts[k];
    if (isWord(w) && (w.low === 'còn' || (!cx.accented && w.fold === 'con'))) return true;
  }
  return false;
}

/**
 * Only particles stand from token k to `end` (and forms of address, when `address`): what comes before k closes the
 * clause ("… có k shop", "… hả chị", "… cho xe 16 nhé").
 */
export function closesClause(cx: ParseContext, k: number, end: number, address: boolean): boolean {
  for (let j = k; j < end; j++) {
    const t = cx.ts[j];
    if (isWord(t) && !PARTICLES.has(t) && !(address && PRONOUNS.has(t))) return false;
  }
  return true;
}

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The state of one parse: the tokens, the clauses found, and the lines and questions placed so far. */
export class ParseContext {
  en = false;
  readonly clauses: Clause[] = [];
  readonly sentenceCancel: boolean[] = [];
  readonly sentenceQuestion: boolean[] = [];
  readonly lines: Line[] = [];
  readonly unresolved: Unresolved[] = [];
  /** the products of lines changed that the message did not order (change-lines.ts) */
  readonly replaced: number[] = [];
  /** the line the last change clause changed ("…, vẫn 2 chai" gives its amount: change-lines.ts) */
  changed: { line: Line; clause: Clause } | null = null;
  readonly mentions: Mention[] = [];
  pendingCorrection = false;
  /** a line was taken back (drop-lines.ts): goods ordered again after it restate their line (place.ts addLine) */
  dropped = false;
  pendingLabel: Quantity | null = null;
  /** "mỗi loại đậu 3 cái: đậu đỏ với đậu xanh": an amount for each of the products listed after the colon */
  listedEach: { q: Quantity; sentence: number } | null = null;
  lastLine: Line | null = null;
  impliedTail: Clause | null = null;
  curClause: Clause | null = null;
  readonly lookups = new Map<number, ConceptHit | null>();
  /** quantities read by position (see quantityOf), and whether they were read as English */
  quantities: (Quantity | null | undefined)[] = [];
  /** per position: whether the word before and this one make a word pair of the catalog's names (see pairEndsAt) */
  pairs: (boolean | undefined)[] = [];
  quantitiesEn = false;
  /** every event the scan found, in message order (what the review rules check the reading against) */
  readonly events: Event[] = [];
  /** the quantities some line or question took (a number no reading took is unexplained) */
  readonly usedQ = new Set<Quantity>();
  /** positions of catalog words the scan read as the request's verb ("cho thuê 1 cổng hoa") */
  readonly verbWords = new Set<number>();
  /** the clause of each event in `events` */
  readonly eventClauses: Clause[] = [];
  /** a word said before a count that goes on naming the sentence's later phrases ("thuê 1 bộ S, 1 bộ M"), and where */
  carriedLead: { hit: ConceptHit; headed: readonly number[]; sentence: number } | null = null;
  /** `--explain`: what each stage and rule did, for people; null when nobody asked */
  readonly trace: string[] | null;

  constructor(
    readonly m: Matcher,
    readonly ts: Token[],
    readonly accented: boolean,
    explain = false,
  ) {
    this.trace = explain ? [] : null;
  }

}

/** Particles that close a request and nothing else ("… nha", "… nhe"), whatever catalog word they fold like. */
export const CLOSING_PARTICLES = new Set(['nha', 'nhe', 'nhen']);

export function lookup(cx: ParseContext, i: number): ConceptHit | null {
  const t = cx.ts[i];
  if (!isWord(t)) return null;
  let h = cx.lookups.get(i);
  if (h === undefined) {
    h = lookupWord(cx.m, t, cx.accented);
    // "2 cái", "45 phân": after a number a classifier that is also a word of some name ("nếp cái", "phân gà") counts.
    // ("1 phần 10 xâu" for "Phần nem nướng 10 xâu": unless a count its products' names hold follows it.)
    if (h !== null && (t.fold === 'cai' || t.fold === 'phan') && /^\d+([.,]\d+)?$/.test(cx.ts[i - 1]?.low ?? '') && !namesCountAfter(cx, h, i)) h = null;
    // "hộp cói nha" in a message typed with diacritics: a bare particle closing the sentence is the particle, not "nhà".
    if (h !== null && cx.accented && !t.accented && PARTICLES.hasCatalogText(t.low, true)) {
      const n = cx.ts[i + 1];
      if (!isWord(n) || PARTICLES.has(n) || PRONOUNS.has(n)) h = null;
    }
    // ("lay 50 thung 25x20x15 nha shop" typed bare: closing a clause, a particle that names no kind of product (the
    // "nhà" of "thùng … (chuyển nhà)") is the particle.)
    if (h !== null && !cx.accented && !t.accented && CLOSING_PARTICLES.has(t.fold) && !isHead(cx.m, h.concept) && i > 0 && isWord(cx.ts[i - 1])) {
      const n = cx.ts[i + 1];
      if (!isWord(n) || PARTICLES.has(n) || PRONOUNS.has(n)) h = null;
    }
    // ("ghế đẩu 30 với 45 mỗi loại 5 chiếc" beside "… chống mối": "mỗi" before a word of kind is "each", not a slip
    // of a word the names write otherwise.)
    if (h !== null && h.weight < 1 && EACH_HEAD.has(t) && EACH_KIND.has(cx.ts[i + 1])) h = null;
    cx.lookups.set(i, h);
  }
  return h;
}


/** A count and its word right after token i ("phần 10 xâu") that some product headed by the concept holds by name. */
function namesCountAfter(cx: ParseContext, h: ConceptHit, i: number): boolean {
  const n = cx.ts[i + 1];
  const w = cx.ts[i + 2];
  if (!isWord(n) || !isWord(w) || !/^\d+$/.test(n.low) || !isHead(cx.m, h.concept)) return false;
  return productsOf(cx.m, h.concept).some((p) => productHas(cx.m, p, `na:${w.fold}:${Number(n.low)}`));
}

/**
 * The quantity written at i (readQuantity over the message's tokens), read once per position: the stages ask about the
 * same numbers many times. A copy each time, since a stage may narrow what it took (a classifier that names the
 * product instead); cleared with the lookups when positions move.
 */
export function quantityOf(cx: ParseContext, i: number): Quantity | null {
  if (cx.quantitiesEn !== cx.en) {
    cx.quantities = [];
    cx.quantitiesEn = cx.en;
  }
  let q = cx.quantities[i];
  if (q === undefined) {
    q = readQuantity(cx.ts, i, cx.en);
    // ("keo x2000 5 tuýp", "gaming x1 hồng": a model's code the catalog names, not "times 2000"; a single digit closing
    // the clause, "PT-30 x2," "… màu đen x1", counts.)
    if (q !== null && q.x && /^[x×]\d/.test(cx.ts[i]!.low) && (isWord(cx.ts[i + 1]) || q.value >= 10) && lookup(cx, i) !== null) q = null;
    // ("ngói vảy cá 450v": a count glued to "v" where the shop sells by the viên, glued-count.ts.)
    const vien = q === null ? gluedVien(cx.m, cx.ts, i) : null;
    if (vien !== null && lookup(cx, i) === null) q = vien;
    // ("lấy vài chậu trạng nguyên": a few of the goods' own unit, vague-count.ts.)
    if (q === null) q = fewOfUnit(cx.m, cx.ts, i);
    cx.quantities[i] = q;
  }
  return q === null ? null : { ...q };
}

/** Whether the words at i - 1 and i are a pair of words of the catalog's names ("hạt điều", "bánh tráng"). */
export function pairEndsAt(cx: ParseContext, i: number): boolean {
  let known = cx.pairs[i];
  if (known === undefined) {
    const a = cx.ts[i - 1];
    const b = cx.ts[i];
    known = isWord(a) && isWord(b) && productsOf(cx.m, a.fold + b.fold).length > 0;
    cx.pairs[i] = known;
  }
  return known;
}

/** Grammar words that end a product phrase. */
export function isStop(cx: ParseContext, t: Token): boolean {
  // "à đổi sang màu cam": in a message typed with diacritics, a bare word the catalog spells just so ("cam") is the
  // catalog's word, not a grammar word it folds like ("cám").
  if (cx.accented && !t.accented && spelledAs(cx.m, t.low)) return false;
  return (
    PARTICLES.has(t) || SEP_WORDS.has(t) || ORDER_VERBS.has(t) || CHO.has(t) || NUMBER_BLOCKERS.has(t) ||
    MORE_WORDS.has(t) || EACH_HEAD.has(t) || QUESTION_WORDS.has(t) || NEG_FINAL.has(t) || PURPOSE.has(t) ||
    CORRECTION_WORDS.has(t) || (cx.en && EN_STOP.has(t)) || PRONOUNS.has(t) || VERB_GLUE.has(t)
  );
}

// ---- sentences and clauses -------------------------------------------------------------------


/** The head noun's concept: first word in Vietnamese, last in English ("red silk scarf"). */
export function headOf(cx: ParseContext, np: NounPhrase): string | null {
  const h = cx.en ? np.hits[np.hits.length - 1] : np.hits[0];
  return h?.concept ?? null;
}


export function phraseOf(cx: ParseContext, np: NounPhrase): string {
  const parts: string[] = [];
  for (let k = np.start; k < np.end; k++) {
    const t = cx.ts[k]!;
    if (t.kind === 'word') parts.push(t.raw);
  }
  return parts.join(' ');
}


/** Only colons (or nothing) lie between token a and token b. */
export function onlyColons(cx: ParseContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (cx.ts[k]!.kind !== 'colon') return false;
  return a <= b;
}


/** Only colons and order verbs lie between token a and token b ("Khăn đỏ: 2", "Khăn đỏ lấy 3 cái"). */
export function onlyGlueBetween(cx: ParseContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = cx.ts[k]!;
    if (t.kind === 'colon') continue;
    if (t.kind === 'word' && (ORDER_VERBS.has(t) || PRONOUNS.has(t) || VERB_GLUE.has(t) || FILLERS.has(t))) continue;
    return false;
  }
  return true;
}


export function prevWord(cx: ParseContext, c: Clause, i: number): Token | undefined {
  for (let k = i - 1; k >= c.start; k--) {
    const t = cx.ts[k]!;
    if (t.kind === 'colon') continue;
    return isWord(t) ? t : undefined;
  }
  return undefined;
}


export function newClause(start: number, end: number, sentence: number): Clause {
  // The optional flags are written out (unset) so that every clause has one object shape from the start.
  return {
    start, end, sentence, verb: false, hardQ: false, softQ: false, polite: false, past: false, neg: false, more: false, dead: false,
    payment: undefined, memo: undefined, only: undefined, cancel: undefined, money: undefined, priceCheck: undefined, address: undefined,
  };
}

export const PAIR_FIRSTS = new WordSet([...PAST_PAIRS, ...FUTURE_PAIRS, ...NOW_PAIRS, ...QUESTION_PAIRS, ...PAYMENT_PAIRS, ...COMPLAINT_PAIRS, ...MEMO_PAIRS].map(([x]) => x));

export function pairIn(pairs: readonly [string, string][], a: Token, b: Token): boolean {
  if (!PAIR_FIRSTS.has(a)) return false;
  for (const [x, y] of pairs) {
    if (matchesWord(a, x) && matchesWord(b, y)) return true;
  }
  return false;
}

export const FOLD_CACHE = new Map<string, string>();
export function matchesWord(t: Token, w: string): boolean {
  if (t.accented) return t.low === w;
  let f = FOLD_CACHE.get(w);
  if (f === undefined) {
    f = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    FOLD_CACHE.set(w, f);
  }
  return t.fold === f;
}

/** Words that open a correction after a broken-off amount ("2 khay... à nhầm, 2 hũ", "1 thùng… thôi, 10 lon"). */
const RESTARTS = new WordSet(['à', 'thôi', 'ý', 'nhầm', 'không', 'ko', 'ah', 'oh']);

/** "..." or "…": where a customer breaks off and starts again. */
export function isEllipsis(t: Token | undefined): boolean {
  return t !== undefined && /^(\.{2,}|…)$/.test(t.raw);
}

/** Whether the phrase stands in a clause that adds more ("thêm 5 quạt hỷ nữa"). */
export function addsMore(cx: ParseContext, np: NounPhrase): boolean {
  return cx.clauses.some((c) => c.more && c.start <= np.start && np.end <= c.end);
}

/** The line placed last, when it was read from a phrase before `np` in the same sentence; else null. */
export function lineBefore(cx: ParseContext, np: NounPhrase, sentence: number): Line | null {
  const last = cx.lastLine;
  if (last === null || last.np === undefined || last.np === null || last.np.end > np.start) return null;
  return cx.mentions.some((m) => m.np === last.np && m.sentence !== sentence) ? null : last;
}

/** The amount's phrase breaks off at an ellipsis and the customer starts again: that amount was abandoned. */
export function brokenOff(cx: ParseContext, from: number): boolean {
  let j = from;
  while (j < cx.ts.length && isWord(cx.ts[j])) j++;
  const stop = cx.ts[j];
  if (!isEllipsis(stop)) return false;
  return RESTARTS.has(cx.ts[j + 1]);
}
