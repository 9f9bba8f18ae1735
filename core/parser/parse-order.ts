/**
 * Turns one chat message into order lines. The message is split into sentences and clauses; each clause
 * is classified (order, question, past report, complaint, cancellation) and scanned for quantities and
 * product phrases, which are then paired following Vietnamese word order (quantity + classifier + noun,
 * or noun + quantity) and resolved against the catalog. Anything that means to order but does not name
 * exactly one product becomes an `unresolved` entry and sets `ask`.
 */
import { hasDiacritics, isVietnameseSyllable, singulars, tokenize } from './normalize.ts';
import type { Token } from './normalize.ts';
import {
  CANCEL_ACCENTED, CANCEL_WORDS, MATERIALS, CHANGE_FOLLOWERS, CHO, COLOURS, COMMON, COMPLAINT_PAIRS, MEMO_PAIRS, MEMO_WORDS, CORRECTION_WORDS, EACH_HEAD, EACH_KIND, MONEY_WORDS, PAYMENT_PAIRS, PAYMENT_WORDS,
  EN_MODALS, EN_QUESTION_OPENERS, FILLERS, LETTER_SIZES, MORE_WORDS, NEGATIONS, NEG_FINAL, NON_PRODUCT_NOUNS,
  NUMBER_BLOCKERS, ORDER_VERBS, PARTICLES, PAST_PAIRS, PAST_WORDS, PRONOUNS, QUESTION_PAIRS, QUESTION_WORDS,
  QUESTION_WORDS_ACCENTED, SEP_WORDS, SHAPES, SIZE_WORDS, VERB_GLUE, WordSet, GRADE_WORDS, LIKE_BEFORE, NOW_PAIRS, NOW_WORDS, QUALITY,
} from './lexicon.ts';
import {
  anyHasMeasureKind, hasMeasureKind, headsProduct, isAttr, isHead, namedFully, wordsAfter, isProductUnit, isProperNoun, lookupWord, packSize, productHas, productsOf, resolveConcepts, skuOf, unitOf,
} from './matcher.ts';
import type { ConceptHit, Matcher } from './matcher.ts';
import { BARE_CLASSIFIERS, CONTAINERS, UNITS, productUnit, measureConcept, readDimension, readNumberToken, readQuantity } from './numbers.ts';
import type { Quantity, Unit } from './numbers.ts';
import { extractPhone } from './phone.ts';

/** The parser's reading of one message (CONTRACT.md section 4, plus `unresolved` for the bot). */
export interface ParsedOrder {
  items: { sku: string; qty: number }[];
  phone: string | null;
  ask: boolean;
  unresolved: { phrase: string; qty: number; candidates: string[] }[];
}

interface Clause {
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
}

interface NounPhrase {
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
}

type Event =
  | { t: 'Q'; q: Quantity; dead: boolean; each: boolean; classifierOnly: boolean }
  | { t: 'NP'; np: NounPhrase }
  | { t: 'EACH' }
  | { t: 'CORR' };

interface Line {
  product: number;
  qty: number;
  implied: boolean;
}

interface Unresolved {
  phrase: string;
  qty: number;
  candidates: string[];
  implied: boolean;
}

/** A product phrase seen in the message, with what became of it (for "lấy 2 cái" referring back). */
interface Mention {
  np: NounPhrase;
  line: Line | null;
  unresolved: Unresolved | null;
  sentence: number;
  explicit: boolean;
}

const EN_FUNCTION = new Set([
  'i', "i'd", "i'll", "i'm", 'like', 'want', 'would', 'could', 'can', 'please', 'the', 'and', 'of', 'to', 'get', 'take',
  'order', 'some', 'you', 'is', 'are', 'do', 'does', 'how', 'much', 'what', 'thanks', 'thank', 'hi', 'hello', 'my',
  'me', 'for', 'with', 'have', 'need', 'buy', 'an', 'it', 'there', 'where', 'when', 'your', 'we', 'pair', 'each', 'a',
  'half', 'dozen', 'pairs', 'meter', 'meters', 'metre', 'metres', 'one', 'two', 'three', 'four', 'five', 'six', 'ten',
  'send', 'deliver', 'address', 'phone', 'hey', 'good', 'morning', 'thank', 'pieces', 'piece', 'box', 'boxes', 'set',
]);
const VI_ASCII = new Set([
  'cho', 'minh', 'em', 'e', 'lay', 'nhe', 'nha', 'oi', 'cai', 'chiec', 'voi', 'va', 'khong', 'ko', 'dat', 'mua', 'chot',
  'sdt', 'anh', 'chi', 'c', 'nua', 'them', 'mk', 'ak', 'giup', 've', 'sl', 'doi', 'bo', 'ban', 'nhe', 'ha', 'roi',
  'nhieu', 'bao', 'gia', 'con', 'hang', 'di', 'thi', 'la', 'oi', 'ah', 'nhe', 'vay', 'the', 'gui', 'giao', 'dc', 'duoc',
]);
const EN_STOP = new WordSet([
  'deliver', 'delivery', 'address', 'phone', 'tel', 'call', 'by', 'before', 'on', 'at', 'for', 'to', 'in', 'from',
  'is', 'are', 'was', 'it', 'they', 'them', 'this', 'that', 'these', 'those', 'my', 'your', 'me', 'you', 'we', 'i',
  'if', 'so', 'or', 'but', 'as', 'than', 'then', 'each', 'all', 'both', 'any', 'thank', 'thanks',
]);
const STOCK_BLOCKERS = new WordSet(['còn', 'có', 'từ', 'trên', 'hơn', 'dưới', 'khoảng', 'tầm', 'over', 'under', 'from', 'than']);
const XIN_NOT_ORDER = new WordSet(['chào', 'lỗi', 'phép', 'hỏi', 'cảm', 'cám']);
const SOFT_BEFORE_NEG = new WordSet(['được', 'đc', 'dc', 'duoc', 'đươc']);
const ENGLISH_REQUESTERS = new Set(['i', 'we', 'you']);
const EN_PRONOUN_AFTER_OPENER = new Set(['you', 'it', 'there', 'the', 'this', 'that', 'they', 'these', 'those', 'your', 'we', 'i', 'he', 'she']);
const LIKE_SUBJECTS = new Set(['i', "i'd", 'would', 'we', "we'd", 'also']);
const OF_EACH = new WordSet(['of']);
const EACH_EN = new WordSet(['each']);
const PURPOSE = new WordSet(['để', 'de']);
const PRICE_RE = /^\d+(?:[.,]\d+)?(?:k|tr\d*|trieu|triệu|đ|d|vnd|vnđ|nghìn|ngàn|usd|\$)$|^\d{1,3}(?:[.,]\d{3})+(?:đ|d|vnd)?$/;
const NAME_LINKS = new WordSet(['cho', 'của', 'dành', 'for', 'of']);
const AND_A_HALF_WORDS = new WordSet(['rưỡi', 'ruoi', 'rười']);
/** Spelled grade numbers: "first grade", "hạng nhất", "loại hai". */
const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['one', 1], ['two', 2], ['three', 3], ['nhất', 1], ['nhat', 1], ['nhì', 2], ['nhi', 2],
  ['một', 1], ['mot', 1], ['hai', 2], ['ba', 3], ['1st', 1], ['2nd', 2], ['3rd', 3],
]);
const X_SIGNS = new Set(['x', '×', '*']);
/** Head nouns of a product sold as a set of pieces (folded). */
const SET_HEADS = ['bo', 'set', 'combo'];
/** Words that rule out what follows inside a product phrase ('chưa rang', 'không đường', 'without sugar'). */
const NOT_IN_NAME = new WordSet(['chưa', 'không', 'ko', 'khong', 'chẳng', 'chả', 'without']);
const MADE_OF = new WordSet(['bằng', 'bang']);
const DIRECTIONS = new WordSet(['về', 've', 'ra', 'đến', 'tới', 'tại', 'ở', 'to', 'at', 'vào', 'qua', 'from']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Parses one chat message against a catalog matcher into order lines, a phone number and an `ask` flag. */
export function parseOrder(matcher: Matcher, text: string): ParsedOrder {
  const { phone, masked } = extractPhone(text);
  const ts = tokenize(masked);
  const p = new Parser(matcher, ts, hasDiacritics(masked));
  p.run();
  return p.result(phone);
}

class Parser {
  private readonly en: boolean;
  private readonly clauses: Clause[] = [];
  private readonly sentenceCancel: boolean[] = [];
  private readonly sentenceQuestion: boolean[] = [];
  private readonly lines: Line[] = [];
  private readonly unresolved: Unresolved[] = [];
  private readonly mentions: Mention[] = [];
  private pendingCorrection = false;
  private pendingLabel: Quantity | null = null;
  private lastLine: Line | null = null;
  private impliedTail: Clause | null = null;
  private curClause: Clause | null = null;
  private readonly lookups = new Map<number, ConceptHit | null>();

  constructor(
    private readonly m: Matcher,
    private readonly ts: Token[],
    private readonly accented: boolean,
  ) {
    this.en = !accented && isEnglish(ts, (i) => this.inProductPhrase(i));
  }

  run(): void {
    this.split();
    for (let s = 0; s < this.sentenceCancel.length; s++) this.classifySentence(s);
    for (const c of this.clauses) this.bind(c, this.scan(c));
  }

  result(phone: string | null): ParsedOrder {
    const items: { sku: string; qty: number }[] = [];
    const bySku = new Map<string, { sku: string; qty: number }>();
    for (const l of this.lines) {
      if (l.qty <= 0) continue;
      const sku = skuOf(this.m, l.product);
      const it = bySku.get(sku);
      if (it) it.qty = round(it.qty + l.qty);
      else {
        const n = { sku, qty: round(l.qty) };
        bySku.set(sku, n);
        items.push(n);
      }
    }
    const unresolved = this.unresolved.map((u) => ({ phrase: u.phrase, qty: round(u.qty), candidates: u.candidates }));
    return { items, phone, ask: unresolved.length > 0, unresolved };
  }

  // ---- lexical helpers -------------------------------------------------------------------------

  private lookup(i: number): ConceptHit | null {
    const t = this.ts[i];
    if (!isWord(t)) return null;
    let h = this.lookups.get(i);
    if (h === undefined) {
      h = lookupWord(this.m, t, this.accented);
      // "hộp cói nha" in a message typed with diacritics: a bare particle closing the sentence is the particle, not "nhà".
      if (h !== null && this.accented && !t.accented && PARTICLES.hasCatalogText(t.low, true)) {
        const n = this.ts[i + 1];
        if (!isWord(n) || PARTICLES.has(n) || PRONOUNS.has(n)) h = null;
      }
      this.lookups.set(i, h);
    }
    return h;
  }

  /** The word at i goes on a product phrase begun by the word before it ("to" in "bat to" = "bát tô"). */
  private inProductPhrase(i: number): boolean {
    const t = this.ts[i - 1];
    if (isWord(t) && /^\d/.test(t.low)) {
      // "60 do" (a grade the names carry), "1 can" (the unit a product is sold in): not English "do", "can".
      // "3 can" typed bare is "3 cân" (kg): English would write "3 cans".
      if (this.ts[i]!.low === 'can') return true;
      if (isProductUnit(this.m, this.ts[i]!.fold)) return true;
      return this.nameAttr(i - 1, null)?.concept != null;
    }
    const prev = this.lookup(i - 1);
    return prev !== null && this.lookup(i) !== null && this.continues(prev, i);
  }

  /** Grammar words that end a product phrase. */
  private isStop(t: Token): boolean {
    return (
      PARTICLES.has(t) || SEP_WORDS.has(t) || ORDER_VERBS.has(t) || CHO.has(t) || NUMBER_BLOCKERS.has(t) ||
      MORE_WORDS.has(t) || EACH_HEAD.has(t) || QUESTION_WORDS.has(t) || NEG_FINAL.has(t) || PURPOSE.has(t) ||
      CORRECTION_WORDS.has(t) || (this.en && EN_STOP.has(t)) || PRONOUNS.has(t) || VERB_GLUE.has(t)
    );
  }

  // ---- sentences and clauses -------------------------------------------------------------------

  private split(): void {
    const ts = this.ts;
    let sentence = 0;
    let start = 0;
    this.sentenceCancel.push(false);
    this.sentenceQuestion.push(false);
    const close = (end: number): void => {
      if (end > start) this.clauses.push(newClause(start, end, sentence));
      start = end + 1;
    };
    let past = false;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (t.kind === 'word') {
        // "hôm trước mua 2 cái rồi giờ lấy thêm 1": the new order starts a clause of its own.
        if (past && i > start && this.nowAt(i)) {
          this.clauses.push(newClause(start, i, sentence));
          start = i;
          past = false;
        }
        if (this.pastAt(i)) past = true;
      } else past = false;
      if (t.kind === 'hard') {
        close(i);
        if (t.question) this.sentenceQuestion[sentence] = true;
        sentence++;
        this.sentenceCancel.push(false);
        this.sentenceQuestion.push(false);
      } else if (t.kind === 'soft' || t.kind === 'phone' || (t.kind === 'word' && SEP_WORDS.has(t) && !this.continuesPhrase(i))) {
        close(i);
      }
    }
    close(ts.length);
  }

  /** A separator word that is itself part of a product phrase ("tượng voi" in a catalog that sells it). */
  private continuesPhrase(i: number): boolean {
    const h = this.lookup(i);
    if (!h || this.ts[i]!.accented) return false;
    const prev = this.lookup(i - 1);
    return prev !== null && productsOf(this.m, prev.concept).some((p) => productHas(this.m, p, h.concept));
  }

  private classifySentence(s: number): void {
    const cls = this.clauses.filter((c) => c.sentence === s);
    for (const c of cls) this.classifyClause(c);
    if (this.sentenceCancel[s]) for (const c of cls) c.dead = true;
    // A hard question covers the verbless clauses before it in its sentence ("2 khăn đỏ, 1 khăn xanh còn không?").
    let carry = false;
    for (let k = cls.length - 1; k >= 0; k--) {
      const c = cls[k]!;
      if (c.hardQ && !c.polite) {
        c.dead = true;
        carry = true;
      } else if (carry && !c.verb && !cls.slice(0, k).some((b) => b.verb)) c.dead = true;
      else if (c.verb) carry = false;
      if (c.past || c.neg) c.dead = true;
      if (c.softQ && !c.verb && !c.polite) c.dead = true;
    }
    if (this.sentenceQuestion[s] && !cls.some((c) => c.verb || c.polite)) for (const c of cls) c.dead = true;
    // "tuần trước em đặt 2 khăn, 1 áo mà chưa nhận": the past goes on until a clause orders again or says "now".
    let past = false;
    for (const c of cls) {
      if (c.past) past = true;
      else if (past && !c.verb && !c.more && !this.nowIn(c)) c.dead = true;
      else past = false;
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

  private classifyClause(c: Clause): void {
    const ts = this.ts;
    let firstWord = -1;
    let lastWord = -1;
    let payment = false;
    let money = false;
    let orderedFirst = false;
    for (let i = c.start; i < c.end; i++) {
      const t = ts[i]!;
      if (!isWord(t)) continue;
      if (firstWord < 0) firstWord = i;
      if (!PARTICLES.has(t) && !PRONOUNS.has(t)) lastWord = i;
      const next = ts[i + 1];
      if (this.isVerbAt(i)) c.verb = true;
      if (QUESTION_WORDS.has(t) || QUESTION_WORDS_ACCENTED.has(t.low)) c.hardQ = true;
      if (isWord(next) && pairIn(QUESTION_PAIRS, t, next)) c.hardQ = true;
      if (this.pastAt(i)) c.past = true;
      if (MORE_WORDS.has(t)) c.more = true;
      if (isWord(next) && pairIn(COMPLAINT_PAIRS, t, next)) this.sentenceCancel[c.sentence] = true;
      if (i === firstWord && ((isWord(next) && pairIn(MEMO_PAIRS, t, next)) || (MEMO_WORDS.has(t) && ts[i + 1]?.kind === 'colon'))) c.memo = true;
      if (ORDER_VERBS.has(t) && !payment && this.isVerbAt(i)) orderedFirst = true;
      if (PAYMENT_WORDS.has(t) || (isWord(next) && pairIn(PAYMENT_PAIRS, t, next))) payment = true;
      if (PRICE_RE.test(t.low) || (/^\d/.test(t.low) && MONEY_WORDS.has(next))) money = true;
      if (CANCEL_WORDS.has(t) && !(t.fold === 'change' && this.en === false)) this.sentenceCancel[c.sentence] = true;
      if (CANCEL_ACCENTED.has(t.low) && !(isWord(next) && next.fold === 'thanh')) {
        // "đổi sang size L", "bỏ cà vạt", "trả hàng"; but not "bỏ vào giỏ" (add to cart) or "trả tiền" (pay).
        const change =
          t.low === 'đổi' ? true : t.low === 'bỏ' ? !(isWord(next) && (next.fold === 'vao' || next.fold === 'gio')) : CHANGE_FOLLOWERS.has(next) && next?.fold !== 'tien';
        if (change) this.sentenceCancel[c.sentence] = true;
      }
      if (!t.accented && t.fold === 'huy' && !t.cap) this.sentenceCancel[c.sentence] = true;
      if (NEGATIONS.has(t)) {
        for (let k = i + 1; k < Math.min(c.end, i + 4); k++) {
          const u = ts[k];
          if (!isWord(u)) break;
          if (ORDER_VERBS.has(u) && u.fold !== 'muon' && u.fold !== 'can') {
            c.neg = true;
            break;
          }
          if (!(PRONOUNS.has(u) || u.fold === 'muon' || u.fold === 'can' || u.fold === 'dinh' || u.fold === 'con')) break;
        }
      }
    }
    if (firstWord >= 0) {
      const f = ts[firstWord]!;
      const n = ts[firstWord + 1];
      if (EN_MODALS.has(f.low) && isWord(n) && ENGLISH_REQUESTERS.has(n.low)) c.polite = true;
      if (EN_QUESTION_OPENERS.has(f.low) && isWord(n) && EN_PRONOUN_AFTER_OPENER.has(n.low)) c.hardQ = true;
    }
    const finalIsProduct = lastWord > c.start && this.lookup(lastWord) !== null && this.lookup(lastWord - 1) !== null &&
      this.continues(this.lookup(lastWord - 1)!, lastWord);
    // "miến 2 kg": a unit after a number, not "kg" for "không".
    // ("nửa kg", "hai kg": a spelled number too.)
    const unitAfterNumber = lastWord > c.start && UNITS.get(ts[lastWord]) !== undefined &&
      (/^\d/.test(ts[lastWord - 1]?.low ?? '') || readQuantity(ts, lastWord - 1, this.en)?.unitIdx === lastWord);
    if (lastWord >= 0 && NEG_FINAL.has(ts[lastWord]) && lastWord > c.start && !finalIsProduct && !unitAfterNumber) {
      const before = ts[lastWord - 1];
      if (SOFT_BEFORE_NEG.has(before)) c.softQ = true;
      else if (!NEGATIONS.has(before) && before?.low !== 'à') c.hardQ = true;
    }
    if (c.polite) c.hardQ = false;
    // "e đã ck 450k cho bộ ấm chén": a payment for an order already placed.
    if (payment && money && !orderedFirst) c.past = c.payment = true;
  }

  /** A past marker at token i ("hôm trước", "tuần rồi", "yesterday"), not in a comparison ("như lần trước"). */
  private pastAt(i: number): boolean {
    const t = this.ts[i]!;
    const next = this.ts[i + 1];
    if (!(PAST_WORDS.has(t) || (isWord(next) && pairIn(PAST_PAIRS, t, next)))) return false;
    // "hong tra" typed bare: "hồng trà" when the next word goes on with the same product's name, not "hỏng".
    if (!t.accented && PAST_WORDS.has(t) && !this.accented) {
      const h = this.lookup(i);
      if (h !== null && this.continues(h, i + 1)) return false;
    }
    const prev = this.ts[i - 1];
    return !(isWord(prev) && LIKE_BEFORE.has(prev)) && !(isWord(prev) && prev.low === 'y' && LIKE_BEFORE.has(this.ts[i - 2]));
  }

  /** A marker that starts the new order ("giờ", "bây giờ", "lần này", "now", "this time"); not "mấy giờ", "2 giờ". */
  private nowAt(i: number): boolean {
    const t = this.ts[i]!;
    const next = this.ts[i + 1];
    const prev = this.ts[i - 1];
    if (isWord(prev) && (/^\d/.test(prev.low) || QUESTION_WORDS_ACCENTED.has(prev.low) || prev.fold === 'bao' || prev.fold === 'may')) return false;
    return NOW_WORDS.has(t) || (isWord(next) && pairIn(NOW_PAIRS, t, next));
  }

  private nowIn(c: Clause): boolean {
    for (let i = c.start; i < c.end; i++) if (isWord(this.ts[i]) && this.nowAt(i)) return true;
    return false;
  }

  /** An order verb at token i ("lấy", "cho mình", "I'd like", "ship cho em"). */
  private isVerbAt(i: number): boolean {
    const t = this.ts[i];
    if (!isWord(t)) return false;
    const prev = this.ts[i - 1];
    const next = this.ts[i + 1];
    if (CHO.has(t)) {
      if (!isWord(next)) return false;
      return PRONOUNS.has(next) || /^\d/.test(next.low) || BARE_CLASSIFIERS.has(next) || this.lookup(i + 1) !== null;
    }
    if (!ORDER_VERBS.has(t)) return false;
    if (t.low === 'like') return isWord(prev) && LIKE_SUBJECTS.has(prev.low);
    if (t.low === 'have') return isWord(prev) && (prev.low === 'i' || prev.low === 'we' || prev.low === "i'll");
    if (t.fold === 'xin' && XIN_NOT_ORDER.has(next)) return false;
    if (t.fold === 'can' && (this.en || !t.accented)) return false;
    if (t.fold === 'dat' && !t.accented && this.accented) return false;
    return true;
  }

  // ---- scanning ---------------------------------------------------------------------------------

  private prevWord(c: Clause, i: number): Token | undefined {
    for (let k = i - 1; k >= c.start; k--) {
      const t = this.ts[k]!;
      if (t.kind === 'colon') continue;
      return isWord(t) ? t : undefined;
    }
    return undefined;
  }

  private scan(c: Clause): Event[] {
    const ts = this.ts;
    const evs: Event[] = [];
    let impliedAt = -1;
    let eachEnd = -1;
    let i = c.start;
    while (i < c.end) {
      const t = ts[i]!;
      if (!isWord(t)) {
        i++;
        continue;
      }
      if (this.isVerbAt(i)) {
        let k = i + 1;
        while (k < c.end && isWord(ts[k])) {
          const u = ts[k]!;
          if (PRONOUNS.has(u) || VERB_GLUE.has(u) || ORDER_VERBS.has(u) || CHO.has(u)) {
            // "tui" is both "I" and "túi" (bag): a pronoun unless the next word continues a product phrase.
            const h = this.lookup(k);
            if (h && !VERB_GLUE.has(u) && this.continues(h, k + 1)) break;
            k++;
          } else break;
        }
        impliedAt = k;
        i = k;
        continue;
      }
      const prev = this.prevWord(c, i);
      if (/^\d/.test(t.low) && this.nameAttr(i, null)?.concept) {
        // "60 độ 2 chai", "30x40 1 bức": a grade or size the names carry opens a product phrase, it is no quantity.
        const np = this.readNP(c, i, false);
        if (np) {
          np.implied = impliedAt === i;
          evs.push({ t: 'NP', np });
          i = np.end;
          continue;
        }
      }
      if (SIZE_WORDS.has(t) && t.fold !== 'co' && i + 1 < c.end) {
        // "dép size 38 2 đôi, size 40 1 đôi": a size word opening a phrase goes on the product named before.
        const sized = this.elidedSizeWord(i, evs);
        if (sized) {
          sized.implied = impliedAt === i;
          evs.push({ t: 'NP', np: sized });
          i = sized.end;
          continue;
        }
      }
      let q = this.readQ(c, i);
      // "nam huong 2 lang": a number word ("năm") that goes on a product phrase with the next word is the product's.
      if (q && q.words && q.unit === null && !q.label && !q.x) {
        const h = this.lookup(i);
        if (h !== null && this.continues(h, q.end)) q = null;
      }
      if (q) {
        // A blocker word ("to", "số") that ends a product phrase ("bat to 4c" = "bát tô") is the product's, not a blocker.
        const lastEv = evs[evs.length - 1];
        // ("Chum to: 1": only a colon between them.)
        const prevInProduct = lastEv !== undefined && lastEv.t === 'NP' && this.onlyColons(lastEv.np.end, i);
        // ("xanh duong 2 cai": "dương" after a colour is its shade, not "đường", a street.)
        const shade = prev !== undefined && !prev.accented && COLOURS.has(ts[i - 2]);
        const blocked = prev !== undefined && NUMBER_BLOCKERS.has(prev) && !prevInProduct && !shade && !q.label && !q.x && eachEnd !== i;
        // "450k 1 hộp", "250k/chiếc": a price per unit, not an order line.
        const perUnit = prev !== undefined && PRICE_RE.test(prev.low);
        const stock = (blocked && STOCK_BLOCKERS.has(prev)) || perUnit;
        const next = ts[q.end];
        // "2 chiếu trẻ em cho 2 bé nhà mình": after an order line, "cho" + a count of people names who it is for.
        const forPeople = !q.unit && prev !== undefined && CHO.has(prev) && NON_PRODUCT_NOUNS.has(next) && evs.some((e) => e.t === 'NP');
        if ((blocked && !stock) || forPeople || (!q.unit && NON_PRODUCT_NOUNS.has(next) && this.lookup(q.end) === null)) {
          i = q.end;
          continue;
        }
        let np = this.readNP(c, q.end, true);
        if ((np === null || np.hits.length === 0 || np.headUnknown) && SIZE_WORDS.has(ts[q.end]) && (ts[q.end]!.accented || ts[q.end]!.fold !== 'co')) {
          // "2 heo cỡ lớn với 1 cỡ nhỏ": a size word after a quantity goes on the product named before.
          const sized = this.elidedSizeWord(q.end, evs);
          if (sized !== null) np = sized;
        }
        if (!np && q.unit !== null && q.unit.dim === 'count' && q.unitIdx >= 0 && !q.x && !q.label) {
          // "1 thùng 12 chai nước mắm": an outer pack and what it holds; the line counts the inner units unless the
          // product is sold by the outer one.
          const inner = this.readQ(c, q.end);
          if (inner && inner.unit !== null && inner.unit.dim === 'count' && inner.unitIdx >= 0 && inner.unit.key !== q.unit.key && !inner.words) {
            const outer = { ...q };
            Object.assign(q, { ...inner, start: q.start, value: q.value * inner.value, multiplied: false, outer });
            np = this.readNP(c, q.end, true);
          }
        }
        const unitHit = q.unitIdx >= 0 ? this.lookup(q.unitIdx) : null;
        // "2 lang hoa may" typed bare: "lẵng" (a basket) heading the product, not "lạng" (a weight), when the products
        // it names are not sold by weight.
        const nounNotUnit =
          unitHit !== null && q.unit !== null && q.unit.dim !== 'count' && !ts[q.unitIdx]!.accented && isHead(this.m, unitHit.concept) &&
          this.continues(unitHit, q.unitIdx + 1) &&
          productsOf(this.m, unitHit.concept).every((p) => unitOf(this.m, p).dim !== q.unit!.dim);
        if (q.unitIdx >= 0 && q.unit && (q.unit.dim === 'count' || nounNotUnit) && unitHit !== null) {
          // "2 túi lụa": "túi" is the product's noun, not a classifier, when that reads better.
          const alt = this.readNP(c, q.unitIdx, true);
          const head = isHead(this.m, this.lookup(q.unitIdx)!.concept);
          // A container the shop sells by ("3 chai nước mắm") stays a classifier unless it heads a product's name.
          const sellingUnit = !head && isProductUnit(this.m, ts[q.unitIdx]!.fold);
          // "2 hộp" where products are sold by the box and one is also named "hộp quà": the word alone is the
          // classifier (it refers back); it names that product only when it reads better with more words.
          const soldIn = head && isProductUnit(this.m, ts[q.unitIdx]!.fold) && (np !== null ? !better(this.m, alt ?? np, np, q.unit) : (alt?.hits.length ?? 0) < 2);
          if (alt && !sellingUnit && !soldIn && (!np || alt.end >= np.end) && (head || nounNotUnit || better(this.m, alt, np, q.unit))) {
            q.unit = null;
            q.end = q.unitIdx;
            q.unitIdx = -1;
            np = alt;
          }
        }
        if (q.measure && np && !np.headUnknown && np.start === q.end) {
          // "chiếu 1m6" written as "1m6 chiếu": a size of the product, not a length to buy.
          const hit: ConceptHit = { concept: q.measure, weight: 1 };
          if (productsOf(this.m, q.measure).length > 0) {
            const withSize = resolveConcepts(this.m, [...np.hits, hit], null, false);
            if (withSize.candidates.every((p) => productHas(this.m, p, q.measure!))) {
              np.hits.push(hit);
              np.start = i;
              np.implied = impliedAt === i;
              evs.push({ t: 'NP', np });
              i = np.end;
              continue;
            }
          }
        }
        if (q.measure && !np && !q.x && !q.label) {
          const sized = this.elidedSize(q, evs);
          if (sized) {
            sized.implied = impliedAt === i;
            evs.push({ t: 'NP', np: sized });
            i = q.end;
            continue;
          }
        }
        if (q.words && !q.unit && (!np || np.hits.length === 0)) {
          i = q.end;
          continue;
        }
        let each = evs.length > 0 && evs[evs.length - 1]!.t === 'EACH';
        let end = np ? np.end : q.end;
        if (!np) {
          // "2 of each", "2 cái mỗi loại"
          if (OF_EACH.has(ts[end]) && EACH_EN.has(ts[end + 1])) {
            each = true;
            end += 2;
          } else if (EACH_EN.has(ts[end])) {
            each = true;
            end += 1;
          } else if (EACH_HEAD.has(ts[end])) {
            each = true;
            end += EACH_KIND.has(ts[end + 1]) ? 2 : 1;
          }
        }
        evs.push({ t: 'Q', q, dead: stock, each, classifierOnly: false });
        if (np) evs.push({ t: 'NP', np });
        i = end;
        continue;
      }
      if (BARE_CLASSIFIERS.has(t) && i + 1 < c.end) {
        const np = this.readNP(c, i + 1, false);
        const asNoun = this.lookup(i) !== null ? this.readNP(c, i, false) : null;
        if (np && np.hits.length > 0 && !(asNoun && better(this.m, asNoun, np, null))) {
          const unit = UNITS.get(t) ?? null;
          evs.push({
            t: 'Q',
            q: { value: 1, unit, start: i, end: i + 1, words: true, x: false, label: false, unitIdx: i, measure: null, multiplied: false },
            dead: false,
            each: false,
            classifierOnly: true,
          });
          evs.push({ t: 'NP', np });
          i = np.end;
          continue;
        }
      }
      if (this.lookup(i) !== null && !(PRONOUNS.has(t) && !this.continues(this.lookup(i)!, i + 1) && t.fold !== 'vi')) {
        const np = this.readNP(c, i, false);
        if (np && eachEnd === i) np.each = true;
        if (np && prev && DIRECTIONS.has(prev)) {
          // "gửi về Thái Nguyên": a place that shares words with a product, not a mention of it.
          i = np.end;
          continue;
        }
        if (np) {
          np.implied = impliedAt === i;
          evs.push({ t: 'NP', np });
          i = np.end;
          continue;
        }
      }
      if (EACH_HEAD.has(t)) {
        evs.push({ t: 'EACH' });
        i += EACH_KIND.has(ts[i + 1]) ? 2 : 1;
        eachEnd = i;
        continue;
      }
      if ((t.low === 'à' || t.low === 'ý') && (NEG_FINAL.has(ts[i + 1]) || ts[i + 1]?.fold === 'thoi' || ts[i + 1]?.fold === 'la' || ts[i + 2]?.fold === 'la')) {
        evs.push({ t: 'CORR' }); // "à không, 2 cái thôi", "ý em là 2 cái"
      }
      if (CORRECTION_WORDS.has(t) && !(prev && (prev.fold === 'giao' || prev.fold === 'gui' || prev.fold === 'ship'))) {
        evs.push({ t: 'CORR' });
      }
      if (t.fold === 'thanh' && prev && prev.low === 'đổi') evs.push({ t: 'CORR' });
      i++;
    }
    return evs;
  }

  /** "size 40" with no noun: the size of the head noun of the phrase before, when products with that head come in it. */
  private elidedSizeWord(i: number, evs: readonly Event[]): NounPhrase | null {
    const n = this.ts[i + 1];
    if (!isWord(n)) return null;
    const nt = readNumberToken(n.low);
    const concept =
      nt.kind === 'num' && nt.unit === null ? `sz:${nt.value}` : LETTER_SIZES.has(n.fold) ? n.fold : nt.kind === 'other' ? (this.lookup(i + 1)?.concept ?? null) : null;
    if (concept === null) return null;
    let before: NounPhrase | null = null;
    for (let k = evs.length - 1; k >= 0 && before === null; k--) {
      const e = evs[k]!;
      if (e.t === 'NP') before = e.np;
    }
    if (before === null) before = this.mentions[this.mentions.length - 1]?.np ?? null;
    const head = before !== null ? this.headOf(before) : null;
    if (head === null || head.startsWith('sku:')) return null;
    if (!productsOf(this.m, concept).some((p) => productHas(this.m, p, head))) return null;
    const hits: ConceptHit[] = [{ concept: head, weight: 1 }, { concept, weight: 1 }];
    return { start: i, end: i + 2, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false };
  }

  /**
   * "chiếu 1m8 2 chiếc", "à không, 1m8 nhé": a glued measure with no noun after it that is a size in
   * product names, sold in another unit, while the product spoken of is not sold by that measure: the size names
   * the product (the head noun of the phrase before narrows it when several products come in that size).
   */
  private elidedSize(q: Quantity, evs: readonly Event[]): NounPhrase | null {
    const measure = q.measure!;
    const sized = productsOf(this.m, measure);
    if (sized.length === 0 || q.unit === null) return null;
    if (sized.some((p) => unitOf(this.m, p).dim === q.unit!.dim)) return null;
    let before: NounPhrase | null = null;
    for (let k = evs.length - 1; k >= 0 && before === null; k--) {
      const e = evs[k]!;
      if (e.t === 'NP') before = e.np;
    }
    if (before === null) before = this.mentions[this.mentions.length - 1]?.np ?? null;
    const hits: ConceptHit[] = [{ concept: measure, weight: 1 }];
    if (before !== null && before.hits.length > 0) {
      const r = resolveConcepts(this.m, before.hits, null, false, this.headOf(before));
      if (r.candidates.some((p) => unitOf(this.m, p).dim === q.unit!.dim)) return null;
      const head = this.headOf(before);
      if (sized.length > 1 && head !== null && sized.some((p) => productHas(this.m, p, head))) hits.unshift({ concept: head, weight: 1 });
    }
    return { start: q.start, end: q.end, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false };
  }

  /** The word at j closes a compound head noun with the word before it ("áo dài", "bánh chưng"). */
  private compound(j: number): boolean {
    const a = this.ts[j - 1];
    const b = this.ts[j];
    return isWord(a) && isWord(b) && isHead(this.m, a.fold + b.fold);
  }

  /** A negation at j ruling out a word the products cur have ("hạt điều chưa rang"), not itself a product word ("nem chua"). */
  private notInName(j: number, cur: readonly number[]): boolean {
    const t = this.ts[j];
    if (!isWord(t) || !NOT_IN_NAME.has(t) || !isWord(this.ts[j + 1]) || this.lookup(j) !== null) return false;
    const n = this.lookup(j + 1);
    return n !== null && cur.some((p) => productHas(this.m, p, n.concept));
  }

  /** The concept continues a product phrase with the word at j (they share a product). */
  private continues(h: ConceptHit, j: number): boolean {
    let n = this.lookup(j);
    // "chau size M": a size word and a size the word's products come in ("chậu", not "cháu").
    if (!n && SIZE_WORDS.has(this.ts[j]) && isWord(this.ts[j + 1])) {
      const s = this.lookup(j + 1);
      if (s !== null && isAttr(this.m, s.concept)) n = s;
    }
    if (!n) {
      // "chau 20 x5": a size of the word's products written right after it ("chậu 20", not "cháu").
      const t = this.ts[j];
      const nt = isWord(t) && /^\d/.test(t.low) ? readNumberToken(t.low) : null;
      return nt !== null && nt.kind === 'num' && this.sizeNumber(nt.value, nt.unit, j, productsOf(this.m, h.concept)) !== null;
    }
    return productsOf(this.m, h.concept).some((p) => productHas(this.m, p, n.concept));
  }

  private readQ(c: Clause, i: number): Quantity | null {
    const q = readQuantity(this.ts, i, this.en);
    if (!q || q.end > c.end) return null;
    if (q.value <= 0) return null;
    const ut = q.unitIdx >= 0 ? this.ts[q.unitIdx]! : null;
    if (ut !== null && q.unit !== null && q.unit.key !== ut.fold && !ut.accented && isProductUnit(this.m, ut.fold) && !q.multiplied &&
      productUnit(ut.low).dim === 'count') {
      // "1 can" typed bare is "cân" (kg) or a can: in a shop that sells by the can, the product decides.
      q.alt = { dim: 'count', factor: 1, key: ut.fold };
    }
    return q;
  }

  /**
   * Reads a product phrase at i. After a quantity (afterQ) it may open with words the catalog does not
   * know ("3 cái nón lá"), which is how unknown products are noticed.
   */
  private readNP(c: Clause, i: number, afterQ: boolean): NounPhrase | null {
    const ts = this.ts;
    const hits: ConceptHit[] = [];
    const order: ('k' | 'u' | 'a')[] = [];
    let cur: number[] | null = null;
    let unknownAttr = false;
    let sizeOrAmount = false;
    let unknown = 0;
    const unknownAt: number[] = [];
    let allCaps = true;
    let size = false;
    let j = i;
    let end = i;
    for (; j < c.end; j++) {
      const t = ts[j]!;
      if (!isWord(t)) break;
      if (SIZE_WORDS.has(t) && order.length > 0 && t.fold !== 'co') {
        size = true;
        continue;
      }
      if (size || (order.length > 0 && LETTER_SIZES.has(t.fold) && t.fold.length <= 4 && !PRONOUNS.has(t))) {
        const wasSize = size;
        size = false;
        const nt = readNumberToken(t.low);
        const concept = nt.kind === 'num' && nt.unit === null ? `sz:${nt.value}` : t.fold;
        if (wasSize || LETTER_SIZES.has(t.fold)) {
          if (productsOf(this.m, concept).length > 0) {
            hits.push({ concept, weight: 1 });
            order.push('k');
          } else if (LETTER_SIZES.has(t.fold) || nt.kind === 'num') {
            unknownAttr = true;
            order.push('a');
          } else break;
          end = j + 1;
          continue;
        }
      }
      const ord = this.ordinalGrade(j);
      if (ord !== null && this.kindAmong('na:grade', cur)) {
        // "first grade", "hạng nhất", "loại hai": a numbered grade spelled out.
        const concept = `na:grade:${ord.value}`;
        if (this.hasAmong(concept, cur)) {
          hits.push({ concept, weight: 1 });
          order.push('k');
        } else {
          unknownAttr = true;
          order.push('a');
        }
        end = ord.end;
        j = ord.end - 1;
        continue;
      }
      if (/^[x×]\d/.test(t.low)) break; // "cá cơm khô x5 gói"
      if (/^\d/.test(t.low)) {
        const attr = this.nameAttr(j, cur);
        if (attr !== null) {
          // "tranh 30x40", "nước mắm 60 độ", "mực loại 1": a size or grade in the product's name, or one it lacks.
          if (attr.concept !== null) {
            hits.push({ concept: attr.concept, weight: 1 });
            order.push('k');
          } else {
            unknownAttr = true;
            order.push('a');
          }
          end = attr.end;
          j = attr.end - 1;
          continue;
        }
        const nt = readNumberToken(t.low);
        let size = nt.kind === 'num' && order.length > 0 && cur !== null ? this.sizeNumber(nt.value, nt.unit, j, cur) : null;
        if (size === null && nt.kind === 'num' && afterQ && order.length === 0 && nt.unit === null) {
          // "10 can 2 lít 60 độ": the container's size, as the names write it, opens the phrase.
          const un = UNITS.get(ts[j + 1]);
          const concept = un && un.dim !== 'count' && un.dim !== 'pair' ? measureConcept(nt.value, un) : null;
          if (concept !== null && productsOf(this.m, concept).length > 0) size = { concept, end: j + 2 };
        }
        if (size !== null) {
          // "đĩa 20 phân", "đĩa 25", "chiếu 160": a size of the products named so far, not a quantity.
          hits.push({ concept: size.concept, weight: 1 });
          order.push('k');
          end = size.end;
          j = size.end - 1;
          continue;
        }
        if (nt.kind === 'num' && nt.unit !== null && nt.unit.dim === 'length' && order.length > 0 && cur !== null && X_SIGNS.has(ts[j + 1]?.low ?? '')) {
          // "thảm 1m x 1m5": a size written with its units; the product's only if a name carries it.
          const other = isWord(ts[j + 2]) ? readNumberToken(ts[j + 2]!.low) : null;
          const side = other === null || other.kind !== 'num' ? undefined : (other.unit ?? UNITS.get(ts[j + 3]));
          if (other !== null && other.kind === 'num' && side !== undefined && side.dim === 'length' && !cur.some((p) => unitOf(this.m, p).dim === 'area')) {
            const sep = other.unit === null;
            const cm = (v: number, u: Unit): number => Math.round(v * u.factor * 100);
            const a = cm(nt.value, nt.unit);
            const b = cm(other.value, side);
            const concept = `dim:${a}x${b}`;
            if (this.hasAmong(concept, cur)) {
              hits.push({ concept, weight: 1 });
              order.push('k');
            } else if (cur.some((p) => productHas(this.m, p, `len:${a}`) && productHas(this.m, p, `len:${b}`))) {
              // "Chiếu cói 1m6 x 2m" in the catalog: both lengths named.
              hits.push({ concept: `len:${a}`, weight: 1 }, { concept: `len:${b}`, weight: 1 });
              order.push('k', 'k');
            } else {
              unknownAttr = true;
              order.push('a');
            }
            end = j + (sep ? 4 : 3);
            j = end - 1;
            continue;
          }
        }
        if (nt.kind === 'num' && nt.measure && (order.length > 0 || afterQ)) {
          const soldBy = nt.unit !== null && cur !== null && cur.some((p) => unitOf(this.m, p).dim === nt.unit!.dim && !productHas(this.m, p, nt.measure!));
          if (soldBy && !afterQ) {
            // "gạo tám 5kg" when the rice is sold by the kg and also in 5kg bags: the amount or the bag; ask unless
            // the sized reading is the only one.
            if (productsOf(this.m, nt.measure).some((p) => cur!.includes(p))) sizeOrAmount = true;
            break;
          }
          if (productsOf(this.m, nt.measure).some((p) => cur === null || cur.includes(p))) {
            hits.push({ concept: nt.measure, weight: 1 });
            order.push('k');
            end = j + 1;
            continue;
          }
          // "chiếu 1m4" where the mats come in 1m6 and 1m8: a size the shop does not sell.
          const kind = nt.measure.slice(0, nt.measure.indexOf(':'));
          if (cur !== null && cur.some((p) => hasMeasureKind(this.m, p, kind))) {
            unknownAttr = true;
            order.push('a');
            end = j + 1;
            continue;
          }
        }
        break;
      }
      // "chiếu cho bé", "khăn của mẹ": a linking word inside a name, when the word after it narrows the products.
      if (cur !== null && NAME_LINKS.has(t) && j + 1 < c.end) {
        const n = this.lookup(j + 1);
        if (n !== null && cur.some((p) => productHas(this.m, p, n.concept)) && !cur.every((p) => productHas(this.m, p, n.concept))) continue;
        // "dinner set for 10", "bộ cho 6 người": a size the names carry.
        const nn = ts[j + 1];
        const nt = isWord(nn) ? readNumberToken(nn.low) : null;
        const sz = nt !== null && nt.kind === 'num' ? this.sizeNumber(nt.value, nt.unit, j + 1, cur) : null;
        if (sz !== null && !cur.every((p) => productHas(this.m, p, sz.concept))) continue;
      }
      if (cur !== null && hits.length > 0 && !/^\d/.test(t.low)) {
        // "chậu ba mươi phân": a size spelled in words, as a name carries it.
        const wq = readQuantity(ts, j, this.en);
        if (wq !== null && wq.words && wq.unit !== null && wq.unit.dim === 'length' && wq.end <= c.end && !cur.some((p) => unitOf(this.m, p).dim === 'length')) {
          const concept = measureConcept(wq.value, wq.unit);
          if (concept !== null && cur.some((p) => productHas(this.m, p, concept))) {
            hits.push({ concept, weight: 1 });
            order.push('k');
            end = wq.end;
            j = wq.end - 1;
            continue;
          }
        }
      }
      if (cur !== null && this.notInName(j, cur)) {
        // "hạt điều chưa rang" when the cashews sold are "rang muối": the customer rules out a word of the product's name.
        unknownAttr = true;
        order.push('a');
        end = j + 2;
        j++;
        continue;
      }
      if (cur !== null && MADE_OF.has(t) && j + 1 < c.end && isWord(ts[j + 1]) && MATERIALS.has(ts[j + 1])) {
        // "khay trà bằng gỗ": a material none of the products named so far is made of.
        const n = this.lookup(j + 1);
        if (n === null || !cur.some((p) => productHas(this.m, p, n.concept))) {
          unknownAttr = true;
          order.push('a');
          end = j + 2;
          j++;
          continue;
        }
      }
      const h = this.lookup(j);
      // "bánh đậu xanh loại to" when only the bánh chưng comes big, "hộp tròn" when only the plate is round: a word
      // of other products that none of the products named so far has is a variant this one does not come in. Not
      // a compound head noun ("may áo dài"), a place or maker ("Tranh Khúc"), a name, or a guessed typo.
      const sibling =
        h !== null && cur !== null && !this.en && hits.length > 0 && !cur.some((p) => productHas(this.m, p, h.concept)) &&
        !isHead(this.m, h.concept) &&
        !this.compound(j) && !t.cap && !ts[j + 1]?.cap && !isProperNoun(this.m, h.concept) && h.weight >= 0.9 &&
        !SEP_WORDS.has(t) && !ORDER_VERBS.has(t) && !CHO.has(t) && !NEG_FINAL.has(t) && !(PARTICLES.has(t) && !this.stopIsProductWord(t, h, cur, j)) &&
        !(PRONOUNS.has(t) && (t.accented || t.fold.length <= 1));
      if (sibling) {
        unknownAttr = true;
        order.push('a');
        end = j + 1;
        continue;
      }
      if (h && !(this.isStop(t) && !this.stopIsProductWord(t, h, cur, j))) {
        if (hits.some((x) => x.concept === h.concept)) break;
        // A spelled number before a unit starts a new quantity ("khan do tam met").
        // ...unless the "unit" is a size of the products so far ("gio may M 2c": mây, not "mấy mét").
        const nu = cur !== null ? this.lookup(j + 1) : null;
        const sizeNext = nu !== null && cur!.some((p) => productHas(this.m, p, nu.concept));
        if (!t.accented && UNITS.get(ts[j + 1]) && !sizeNext && readQuantity(ts, j, this.en)?.words) break;
        const list = productsOf(this.m, h.concept);
        if (cur === null) cur = [...list];
        else {
          const inter: number[] = cur.filter((p) => list.includes(p));
          if (inter.length === 0) {
            if (isHead(this.m, h.concept)) {
              // "1 bộ ấm chén" where the shop sells an "ấm" and a "bộ chén" but nothing named "ấm chén": two head nouns
              // run together name a kind of product the shop may not sell; ask.
              const lone = hits.length === 1 && order.length === 1 && isHead(this.m, hits[0]!.concept) && !hits[0]!.concept.startsWith('sku:');
              if (lone && afterQ && !this.en && !t.cap && end === j && !ts[j - 1]!.cap && !ORDER_VERBS.has(t) && !CHO.has(t) && !this.isStop(t)) {
                unknownAttr = true;
                order.push('a');
                end = j + 1;
              }
              break;
            }
            if (isProperNoun(this.m, h.concept)) {
              // "bánh chưng gấc Tranh Khúc": the village other names carry says nothing against this product.
              end = j + 1;
              continue;
            }
          } else cur = inter;
        }
        hits.push(h);
        order.push('k');
        if (!t.cap) allCaps = false;
        end = j + 1;
        continue;
      }
      if (FILLERS.has(t) && (order.length > 0 || (GRADE_WORDS.has(t) && /^\d/.test(ts[j + 1]?.low ?? '')))) continue; // "1 gói loại 1"
      if ((COLOURS.has(t) || (MATERIALS.has(t) && order.length > 1) || (SHAPES.has(t) && !(this.en && EN_STOP.has(t)) && !ts[j + 1]?.cap)) && order.length > 0) {
        unknownAttr = true;
        order.push('a');
        end = j + 1;
        continue;
      }
      if (this.isStop(t)) break;
      if (this.en && order.length > 0 && NON_PRODUCT_NOUNS.has(t)) break; // "a set for 10 people"
      // A word the catalog does not know.
      const nh = this.lookup(j + 1);
      // "bình gốm men xanh": an unknown word before a colour the catalog lacks still belongs to the phrase.
      const nextColour =
        order.length > 0 && isWord(ts[j + 1]) && nh === null && (COLOURS.has(ts[j + 1]) || MATERIALS.has(ts[j + 1]) || (cur !== null && this.notInName(j + 1, cur)));
      const nextKnown = nextColour || (nh !== null && isWord(ts[j + 1]) && !(this.isStop(ts[j + 1]!) && !this.stopIsProductWord(ts[j + 1]!, nh, cur, j + 1)));
      if ((afterQ && hits.length === 0 && unknown < 3) || (order.length > 0 && nextKnown) || (this.en && order.length > 0 && unknown < 2)) {
        unknown++;
        order.push('u');
        unknownAt.push(j);
        if (!t.cap) allCaps = false;
        end = j + 1;
        continue;
      }
      break;
    }
    // Trailing unknown words belong to the phrase only in English (head noun last).
    while (order.length > 0 && order[order.length - 1] === 'u' && !this.en && hits.length > 0) {
      order.pop();
      unknown--;
      end--;
      unknownAt.pop();
    }
    if (order.length === 0) return null;
    if (hits.length === 0 && !afterQ) return null;
    // "cần hoá đơn": a lone word that only folds like a modifier of a name ("hòa tan") opens no product phrase.
    if (!afterQ && order.length === 1 && hits.length === 1 && hits[0]!.weight < 1 && !isHead(this.m, hits[0]!.concept)) return null;
    // "quà cho team": a lone foreign word guessed as a typo of a product word, with no quantity, is no product phrase.
    if (!afterQ && order.length === 1 && hits.length === 1 && hits[0]!.weight < 0.85 && !ts[i]!.accented && !isVietnameseSyllable(ts[i]!.fold)) return null;
    const headUnknown = this.en ? order[order.length - 1] === 'u' : order[0] === 'u';
    // "túi giấy", "ví da": a bare head noun followed by a word the catalog lacks names a kind it may not sell.
    const after = ts[end];
    const unknownModifier =
      !this.en && order.length === 1 && hits.length === 1 && isHead(this.m, hits[0]!.concept) && end < c.end && isWord(after) &&
      !after.cap && !/\d/.test(after.low) && this.lookup(end) === null && !this.isStop(after) && (!COMMON.has(after) || MATERIALS.has(after)) &&
      !FILLERS.has(after) && !COLOURS.has(after) && !UNITS.get(after) && !hits[0]!.concept.startsWith('sku:') &&
      readQuantity(ts, end, this.en) === null;
    return { start: i, end, hits, unknownAttr, headUnknown, unknown, allCaps, implied: false, unknownModifier, sizeOrAmount, unknownAt };
  }

  /**
   * A size "AxB" or a numbered grade ("60 độ", "loại 1") at token j, as the names write it: its concept when a
   * product (among cur, if given) has it, null as concept when the products have that kind of size or grade but
   * not this one ("50 độ"), or null when the number is no such thing.
   */
  private nameAttr(j: number, cur: readonly number[] | null): { concept: string | null; end: number } | null {
    const ts = this.ts;
    const t = ts[j]!;
    const n1 = ts[j + 1];
    if (t.low.includes('x') || t.low.includes('×') || (isWord(n1) && (n1.low === 'x' || n1.low === '×'))) {
      const dim = readDimension([t.low, isWord(n1) ? n1.low : undefined, isWord(ts[j + 2]) ? ts[j + 2]!.low : undefined], 0);
      if (dim) {
        if (this.hasAmong(dim.concept, cur)) return { concept: dim.concept, end: j + dim.end };
        // "khăn 60x60" when no scarf comes in that size: a size the shop does not sell.
        // (Sold by the square metre, "2 x 3 m" is the area to buy.)
        if (cur !== null && cur.some((p) => unitOf(this.m, p).dim === 'area')) return null;
        return cur !== null || this.kindAmong('dim', cur) ? { concept: null, end: j + dim.end } : null;
      }
    }
    if (!anyHasMeasureKind(this.m, 'na')) return null;
    const nt = readNumberToken(t.low);
    if (nt.kind !== 'num' || nt.unit !== null) return null;
    const before = ts[j - 1];
    let kind: string | null = null;
    let end = j + 1;
    // "loại 1" is a grade; "mỗi loại 2 hộp" is "2 boxes of each kind".
    if (isWord(before) && GRADE_WORDS.has(before) && !EACH_HEAD.has(ts[j - 2])) kind = 'na:grade';
    else {
      // "60 độ", "2 lớp"; not "6 chén" when "chén" heads a product of its own (then it counts cups).
      const h = this.lookup(j + 1);
      // "2 bộ 6 chén": after a classifier the set is named by, the number is the set's, not a count of cups.
      const p1 = ts[j - 1];
      const afterClassifier = isWord(p1) && UNITS.get(p1)?.dim === 'count' && /^\d/.test(ts[j - 2]?.low ?? '') && this.lookup(j - 1) !== null;
      if (h !== null && UNITS.get(ts[j + 1]) === undefined && (!isHead(this.m, h.concept) || afterClassifier)) {
        kind = `na:${h.concept}`;
        end = j + 2;
        // "1 bộ 6 đĩa" for "Bộ đĩa (6 chiếc)": the number is how many pieces of the set's own noun it holds; the
        // noun goes on naming the set.
        if (afterClassifier && !this.kindAmong(kind, cur) && cur !== null && this.kindAmong('na:pack', cur) &&
          cur.some((p) => productHas(this.m, p, h.concept))) {
          kind = 'na:pack';
          end = j + 1;
        }
      }
    }
    if (kind === null || !this.kindAmong(kind, cur)) return null;
    const concept = `${kind}:${nt.value}`;
    return { concept: this.hasAmong(concept, cur) ? concept : null, end };
  }

  /** A spelled grade at j: ordinal + grade word ("first grade") or grade word + ordinal ("hạng nhất", "loại hai"). */
  private ordinalGrade(j: number): { value: number; end: number } | null {
    const t = this.ts[j];
    const n = this.ts[j + 1];
    if (!isWord(t) || !isWord(n)) return null;
    const first = ORDINALS.get(t.low) ?? null;
    if (first !== null && GRADE_WORDS.has(n)) return { value: first, end: j + 2 };
    if (GRADE_WORDS.has(t)) {
      const v = ORDINALS.get(n.low) ?? (n.accented ? null : ORDINALS.get(n.fold)) ?? null;
      if (v !== null) return { value: v, end: j + 2 };
    }
    return null;
  }

  /** Some product (among cur, if given) has the concept. */
  private hasAmong(concept: string, cur: readonly number[] | null): boolean {
    const list = productsOf(this.m, concept);
    if (cur === null) return list.length > 0;
    for (const p of list) if (cur.includes(p)) return true;
    return false;
  }

  /** Some product (among cur, if given) names a size or grade of this kind. */
  private kindAmong(kind: string, cur: readonly number[] | null): boolean {
    if (cur === null) return anyHasMeasureKind(this.m, kind);
    for (const p of cur) if (hasMeasureKind(this.m, p, kind)) return true;
    return false;
  }

  /**
   * A number after a product word that names one of its sizes: with a separate unit ("20 phân", "18 cm"), or bare
   * when no unit follows it ("đĩa 25" = 25 cm, "chiếu 160" = 160 cm, or a number the names carry as written).
   */
  private sizeNumber(value: number, glued: Unit | null, j: number, cur: readonly number[]): { concept: string; end: number } | null {
    if (glued !== null) return null;
    const ts = this.ts;
    const next = ts[j + 1];
    const un = UNITS.get(next);
    if (un) {
      if (un.dim === 'count' || un.dim === 'pair') return null;
      const concept = measureConcept(value, un);
      return concept !== null && cur.some((p) => productHas(this.m, p, concept)) ? { concept, end: j + 2 } : null;
    }
    if (!Number.isInteger(value)) return null;
    if (isWord(next) && (next.fold === 'x' || AND_A_HALF_WORDS.has(next))) return null;
    for (const concept of [`len:${value}`, `num:${value}`, `mass:${value}`, `vol:${value}`]) {
      if (cur.some((p) => productHas(this.m, p, concept))) return { concept, end: j + 1 };
    }
    return null;
  }

  /** A grammar word that is also a catalog word extending the current phrase ("tơ" vs English "to"). */
  private stopIsProductWord(t: Token, h: ConceptHit, cur: number[] | null, j: number): boolean {
    if (cur === null && PRONOUNS.has(t)) return this.continues(h, j + 1);
    if (cur === null) {
      if (!SEP_WORDS.has(t) && !NUMBER_BLOCKERS.has(t) && !ORDER_VERBS.has(t) && !PARTICLES.has(t) && !CHO.has(t) && !NEG_FINAL.has(t)) return true;
      // "hong tra" typed bare: "hồng trà", not "không", when the next word goes on with the same product's name.
      if (!t.accented && NEG_FINAL.has(t) && !PARTICLES.has(t) && !NUMBER_BLOCKERS.has(t) && !SEP_WORDS.has(t) &&
        this.continues(h, j + 1)) return true;
      // "dia 20cm" typed bare: "đĩa" (plate), not "địa" (address), when a head noun goes on with its own product's words or size.
      if (t.accented || !isHead(this.m, h.concept) || SEP_WORDS.has(t) || ORDER_VERBS.has(t)) return false;
      if (this.continues(h, j + 1)) return true;
      const n = this.ts[j + 1];
      const nt = isWord(n) ? readNumberToken(n.low) : null;
      if (nt === null || nt.kind !== 'num') return false;
      const mine = productsOf(this.m, h.concept);
      if (nt.measure !== null) return mine.some((p) => productHas(this.m, p, nt.measure!));
      return this.sizeNumber(nt.value, nt.unit, j + 1, mine) !== null;
    }
    return cur.some((p) => productHas(this.m, p, h.concept));
  }

  // ---- pairing quantities with products ---------------------------------------------------------

  private bind(c: Clause, evs: Event[]): void {
    this.curClause = c;
    // "lấy khăn đỏ với khăn vàng": a product coordinated with an implied one is implied too.
    const first = evs[0];
    if (first && first.t === 'NP' && this.impliedTail !== null && this.impliedTail.sentence === c.sentence &&
      this.clauses.indexOf(this.impliedTail) === this.clauses.indexOf(c) - 1) {
      first.np.implied = true;
    }
    const last = evs[evs.length - 1];
    this.impliedTail = last && last.t === 'NP' && last.np.implied ? c : null;
    const firstQ = evs.findIndex((e) => e.t === 'Q');
    const firstNP = evs.findIndex((e) => e.t === 'NP');
    const style: 'pre' | 'post' = firstNP >= 0 && (firstQ < 0 || firstNP < firstQ) ? 'post' : 'pre';
    const boundTo = new Map<number, number>(); // Q event index → NP event index
    const npBound = new Set<number>();
    let lastFreeNP = -1;
    for (let k = 0; k < evs.length; k++) {
      const e = evs[k]!;
      if (e.t === 'NP') {
        if (!npBound.has(k)) lastFreeNP = k;
        continue;
      }
      if (e.t !== 'Q') continue;
      const nextE = evs[k + 1];
      const prefix = nextE && nextE.t === 'NP' && nextE.np.start === e.q.end ? k + 1 : -1;
      const post = lastFreeNP >= 0 && !npBound.has(lastFreeNP) && !e.each && !e.classifierOnly ? lastFreeNP : -1;
      let target = -1;
      // In "noun quantity" style a quantity still opens the next phrase when words separate it from the previous one.
      const adjacentToPost = post >= 0 && this.onlyGlueBetween((evs[post] as Extract<Event, { t: 'NP' }>).np.end, e.q.start);
      if (e.q.x) target = post >= 0 ? post : -1;
      else if (style === 'pre') target = prefix >= 0 ? prefix : post;
      else if (prefix >= 0 && !adjacentToPost) target = prefix;
      else target = post >= 0 ? post : prefix;
      if (target >= 0) {
        boundTo.set(k, target);
        npBound.add(target);
        if (target === lastFreeNP) lastFreeNP = -1;
      }
    }
    const qOf = new Map<number, number>();
    for (const [qk, nk] of boundTo) qOf.set(nk, qk);
    for (let k = 0; k < evs.length; k++) {
      const e = evs[k]!;
      if (e.t === 'CORR') {
        this.pendingCorrection = true;
        continue;
      }
      if (e.t === 'EACH') continue;
      if (e.t === 'NP') {
        const qk = qOf.get(k);
        if (qk !== undefined && qk < k) this.pair(c, evs[qk] as Extract<Event, { t: 'Q' }>, e.np);
        else if (qk === undefined) this.bare(c, e.np);
        continue;
      }
      const nk = boundTo.get(k);
      if (nk !== undefined) {
        if (nk < k) this.pair(c, e, (evs[nk] as Extract<Event, { t: 'NP' }>).np);
        continue;
      }
      this.orphan(c, e);
    }
  }

  /** What governs a quantity: an order verb ("lấy e 2"), nothing (it opens the clause), or another word. */
  private quantityContext(c: Clause, start: number): 'verb' | 'start' | 'other' {
    for (let k = start - 1; k >= c.start; k--) {
      const t = this.ts[k]!;
      if (t.kind !== 'word') continue;
      if (CHO.has(t)) return PRONOUNS.has(this.ts[k + 1]) ? 'verb' : 'other';
      if (ORDER_VERBS.has(t)) return this.isVerbAt(k) ? 'verb' : 'other';
      if (PRONOUNS.has(t) || PARTICLES.has(t) || VERB_GLUE.has(t) || MORE_WORDS.has(t)) continue;
      return 'other';
    }
    return 'start';
  }

  /** Only colons (or nothing) lie between token a and token b. */
  private onlyColons(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.ts[k]!.kind !== 'colon') return false;
    return a <= b;
  }

  /** Only colons and order verbs lie between token a and token b ("Khăn đỏ: 2", "Khăn đỏ lấy 3 cái"). */
  private onlyGlueBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.ts[k]!;
      if (t.kind === 'colon') continue;
      if (t.kind === 'word' && (ORDER_VERBS.has(t) || PRONOUNS.has(t) || VERB_GLUE.has(t) || FILLERS.has(t))) continue;
      return false;
    }
    return true;
  }

  /** A quantity with its product phrase. */
  private pair(c: Clause, e: Extract<Event, { t: 'Q' }>, np: NounPhrase): void {
    const mention: Mention = { np, line: null, unresolved: null, sentence: c.sentence, explicit: true };
    if (np.hits.length === 0 || np.headUnknown) {
      // Nothing (or not the head noun) is in the catalog: an unknown product, if it reads like an order line.
      // It must name a catalog word ("quạt lụa"), follow an order verb ("chốt 5 quạt"), or be a counted
      // thing opening the clause ("3 cái nón lá nhé"); "gói 2 hộp quà riêng" or "cho 2 bé" are not orders.
      let ctx = this.quantityContext(c, e.q.start);
      if (ctx === 'start' && this.clauses.some((b) => b.sentence === c.sentence && b.start < c.start && b.verb && !b.dead)) ctx = 'verb';
      const counted = e.q.unit !== null && (e.q.unit.dim === 'count' || e.q.unit.dim === 'pair');
      // ("1 ký bò khô với 1 ký mực rim": after a line already placed, a quantity opening a clause starts another.)
      const listed = ctx === 'start' && this.lines.length > 0 && !this.en;
      const looksLikeProduct = !np.allCaps && (np.hits.length > 0 || ctx === 'verb' || (counted && ctx === 'start') || listed);
      if (!looksLikeProduct || NON_PRODUCT_NOUNS.has(this.ts[np.start])) return;
    }
    this.mentions.push(mention);
    if (c.dead || e.dead) return;
    if (this.pendingLabel && np) this.pendingLabel = null;
    this.place(mention, e.q, e.each, false);
  }

  /** A product phrase without a quantity: a mention, or one item right after an order verb. */
  private bare(c: Clause, np: NounPhrase): void {
    const mention: Mention = { np, line: null, unresolved: null, sentence: c.sentence, explicit: false };
    this.mentions.push(mention);
    if (c.dead) return;
    if (this.pendingLabel) {
      const q = this.pendingLabel;
      this.pendingLabel = null;
      this.place(mention, q, false, false);
      return;
    }
    if (this.pendingCorrection && this.lastLine !== null) {
      // "2 đĩa 20cm, à nhầm, đĩa 25cm": the corrected line keeps its quantity.
      const prev = this.lastLine;
      const q: Quantity = {
        value: prev.qty, unit: null, start: np.start, end: np.end, words: false, x: false, label: false, unitIdx: -1, measure: null,
        multiplied: false,
      };
      this.place(mention, q, false, prev.implied);
      return;
    }
    if (np.implied) this.place(mention, null, false, true);
  }

  /** A quantity without a product phrase: "mỗi loại 2 cái", "lấy e 2 cái" (the product named before), "sl: 2". */
  private orphan(c: Clause, e: Extract<Event, { t: 'Q' }>): void {
    if (c.dead || e.dead) return;
    const q = e.q;
    if (e.each) {
      let applied = false;
      for (const m of this.mentions) {
        if (m.sentence !== c.sentence || (m.explicit && !(m.line?.implied ?? m.unresolved?.implied ?? false))) continue;
        this.fill(m, q, 'set');
        applied = true;
      }
      if (applied) return;
    }
    if (q.label) {
      const last = this.mentions[this.mentions.length - 1];
      if (last && !last.line && !last.unresolved) this.place(last, q, false, false);
      else this.pendingLabel = q;
      return;
    }
    const more = c.more;
    if (!(c.verb || this.pendingCorrection || more || q.x)) return;
    const target = this.mentions[this.mentions.length - 1];
    if (!target) {
      if (c.verb && q.unit && (q.unit.dim === 'count' || q.unit.dim === 'pair')) {
        this.unresolved.push({ phrase: '', qty: q.value, candidates: [], implied: false });
      }
      return;
    }
    const correction = this.pendingCorrection;
    this.pendingCorrection = false;
    // A bare number after an explicit line ("2 khăn đỏ, 1 cho mẹ 1 cho em") splits it up; it changes nothing.
    const explicitLine = (target.line !== null && !target.line.implied) || (target.unresolved !== null && !target.unresolved.implied);
    if (explicitLine && !correction && !more) return;
    this.fill(target, q, correction ? 'set' : more ? 'add' : 'set');
  }

  /** Gives a mentioned product a quantity: replaces an implied or restated one, or adds "thêm"/"nữa". */
  private fill(m: Mention, q: Quantity, mode: 'set' | 'add'): void {
    if (m.line) {
      const qty = this.convert(q, m.line.product);
      if (qty === null) return;
      m.line.qty = mode === 'add' && !m.line.implied ? m.line.qty + qty : qty;
      m.line.implied = false;
      return;
    }
    if (m.unresolved) {
      m.unresolved.qty = mode === 'add' && !m.unresolved.implied ? m.unresolved.qty + q.value : q.value;
      m.unresolved.implied = false;
      return;
    }
    this.place(m, q, false, false);
  }

  /** Resolves a mention and records its order line(s) or its unresolved entry. */
  private place(m: Mention, q: Quantity | null, each: boolean, implied: boolean): void {
    const np = m.np;
    const value = q ? q.value : 1;
    const phrase = this.phrase(np);
    if (np.hits.length === 0 || np.headUnknown) {
      this.addUnresolved(m, { phrase, qty: value, candidates: [], implied });
      return;
    }
    let r = resolveConcepts(this.m, np.hits, q?.unit ?? null, np.unknownAttr, this.headOf(np));
    if (q?.alt && r.candidates.length > 1) {
      const ra = resolveConcepts(this.m, np.hits, q.alt, np.unknownAttr, this.headOf(np));
      if (ra.candidates.length < r.candidates.length) r = ra;
    }
    if ((q?.vague || (np.sizeOrAmount && q !== null && q.measure !== null && q.start === np.end)) && !r.conflict) {
      this.addUnresolved(m, { phrase, qty: value, candidates: r.candidates.map((p) => skuOf(this.m, p)), implied });
      return;
    }
    if (r.conflict || r.candidates.length === 0) {
      this.addUnresolved(m, { phrase, qty: value, candidates: [], implied });
      return;
    }
    if (r.candidates.length > 1 && (each || np.each)) {
      for (const p of r.candidates) {
        const qty = q ? this.convert(q, p) : 1;
        if (qty !== null) this.addLine(m, { product: p, qty, implied: false });
      }
      return;
    }
    const ref = r.candidates.length > 1 ? this.referent(m, r.candidates) : null;
    if (r.candidates.length > 1 && ref === null) {
      this.addUnresolved(m, { phrase, qty: value, candidates: r.candidates.map((p) => skuOf(this.m, p)), implied });
      return;
    }
    let p = ref ?? r.candidates[0]!;
    let qty = q ? this.convert(q, p) : 1;
    if (qty === null && q !== null && q.unitIdx >= 0 && q.unit !== null && q.unit.dim === 'count') {
      // "3 jars of cashews" when the cashews by the kg and the jar of cashews are both sold: the container word
      // is also a word of the product sold in it.
      const uh = this.lookup(q.unitIdx);
      if (uh !== null && !np.hits.some((h) => h.concept === uh.concept)) {
        const r2 = resolveConcepts(this.m, [...np.hits, uh], q.unit, np.unknownAttr, uh.concept);
        const p2 = r2.candidates[0];
        if (!r2.conflict && r2.candidates.length === 1 && p2 !== p &&
          np.hits.every((h) => productHas(this.m, p2!, h.concept) || singulars(h.concept).some((x) => productHas(this.m, p2!, x)))) {
          const q2 = this.convert(q, p2!);
          if (q2 !== null) {
            p = p2!;
            qty = q2;
          }
        }
      }
    }
    // "1 tượng con giáp" when the shop sells "Bộ tượng 12 con giáp" and single "Tượng con trâu": the phrase's head noun
    // names a kind of thing other products are, not this one; ask rather than sell the set.
    const head = this.headOf(np);
    const otherKind =
      !this.en && head !== null && !head.startsWith('sku:') && !headsProduct(this.m, p, head) &&
      productsOf(this.m, head).some((o) => o !== p && headsProduct(this.m, o, head)) &&
      SET_HEADS.some((w) => headsProduct(this.m, p, w)) && !np.hits.some((h) => SET_HEADS.includes(h.concept)) &&
      !(q?.unit && q.unit.dim === 'count' && SET_HEADS.includes(q.unit.key)) &&
      ![1, 2, 3].some((k) => isWord(this.ts[np.start - k]) && SET_HEADS.includes(this.ts[np.start - k]!.fold));
    // Weak evidence: the only product word is a guessed typo ("chun" for "chum"); confirm rather than guess.
    const onlyTypo = np.hits.every((h) => h.weight < 0.85);
    if (qty === null || np.unknownModifier || onlyTypo || otherKind || this.strayWord(np, p)) {
      this.addUnresolved(m, { phrase, qty: value, candidates: [skuOf(this.m, p)], implied });
      return;
    }
    this.addLine(m, { product: p, qty, implied });
  }

  /**
   * "khô cá sặc" when the shop sells "Khô cá lóc", "mắm thái" for "Mắm cá linh", "ấm chén tử sa" for "Ấm (trà) tử sa":
   * a word the catalog does not know, right after a word of the phrase, standing where a name of the product has a
   * word of its own the customer did not say (a species, a variety, another kind of thing), names another product.
   * Not a shade after a colour, a quality word, a place or name, a number or a grammar word, or a slip of that word;
   * and when the words said already make up a whole name of the product ("vại 10 lít muối cà", "mứt sen biếu tết"),
   * only a word inserted right after the head noun changes the kind of thing ("ấm chén tử sa").
   */
  private strayWord(np: NounPhrase, p: number): boolean {
    const said = new Set(np.hits.map((h) => h.concept));
    if (this.en) {
      // English puts modifiers first: an unknown word inside the phrase ("blue bamboo fan") counts against the
      // product unless the known words already make a whole name of it.
      const stray = (np.unknownAt ?? []).some((s) => {
        const t = this.ts[s]!;
        return !t.cap && !/\d/.test(t.low) && !EN_FUNCTION.has(t.low) && !this.isStop(t) && !QUALITY.has(t) && !COLOURS.has(t) && !GRADE_WORDS.has(t) &&
          !SHAPES.has(t) && UNITS.get(t) === undefined && !NON_PRODUCT_NOUNS.has(t) && readQuantity(this.ts, s, this.en) === null;
      });
      return stray && !namedFully(this.m, p, said);
    }
    let full: boolean | null = null;
    const check = (s: number, inside: boolean): boolean => {
      const t = this.ts[s];
      const before = this.ts[s - 1];
      if (!isWord(t) || !isWord(before) || s - 1 < np.start) return false;
      const prev = this.lookup(s - 1);
      if (prev === null || !said.has(prev.concept) || COLOURS.has(before) || isAttr(this.m, prev.concept) || isProperNoun(this.m, prev.concept)) return false;
      if (this.lookup(s) !== null || t.cap || /\d/.test(t.low) || t.fold.length < 2 || this.isStop(t) || COMMON.has(t) || FILLERS.has(t) ||
        COLOURS.has(t) || SHAPES.has(t) || QUALITY.has(t) || UNITS.get(t) !== undefined || NON_PRODUCT_NOUNS.has(t) ||
        readQuantity(this.ts, s, this.en) !== null || !/[aeiouy]/.test(t.fold)) return false;
      if (!wordsAfter(this.m, p, prev.concept).some((w) => !said.has(w) && !nearWord(t.fold, w))) return false;
      if (inside && prev.concept === np.hits[0]!.concept) return true;
      full ??= namedFully(this.m, p, said);
      return !full;
    };
    for (const s of np.unknownAt ?? []) if (check(s, true)) return true;
    return check(np.end, false);
  }

  /**
   * "mua 3 hộp tre rồi, giờ lấy thêm 2 hộp nữa": in a clause ordering more, a bare head noun refers back to the product the message named
   * before with it, when that earlier phrase named exactly one product (past or not).
   */
  private referent(m: Mention, candidates: readonly number[]): number | null {
    // "5 chậu size S, à không, 4 chậu thôi": in a correction, the bare noun is the line just corrected.
    if (m.np.hits.length === 1 && !m.np.unknownAttr && this.pendingCorrection && this.lastLine !== null &&
      candidates.includes(this.lastLine.product)) return this.lastLine.product;
    if (m.np.hits.length !== 1 || m.np.unknownAttr || this.curClause === null || !this.curClause.more) return null;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const prev = this.mentions[k]!;
      if (prev === m || prev.np.hits.length < 2) continue;
      const r = resolveConcepts(this.m, prev.np.hits, null, prev.np.unknownAttr, this.headOf(prev.np));
      if (r.conflict || !r.candidates.some((p) => candidates.includes(p))) continue;
      return r.candidates.length === 1 ? r.candidates[0]! : null;
    }
    return null;
  }

  private addLine(m: Mention, line: Line): void {
    if (this.pendingCorrection && this.lastLine) {
      const k = this.lines.indexOf(this.lastLine);
      if (k >= 0) this.lines.splice(k, 1);
    }
    this.pendingCorrection = false;
    // A product ordered again explicitly replaces an implied "one" of it ("mua khăn đỏ nhé, 2 cái khăn đỏ").
    if (!line.implied) {
      const k = this.lines.findIndex((l) => l.product === line.product && l.implied);
      if (k >= 0) this.lines.splice(k, 1);
    } else if (this.lines.some((l) => l.product === line.product)) return;
    this.lines.push(line);
    this.lastLine = line;
    m.line = line;
  }

  private addUnresolved(m: Mention, u: Unresolved): void {
    this.pendingCorrection = false;
    this.unresolved.push(u);
    m.unresolved = u;
  }

  /** The quantity in the product's own unit, or null when the units cannot be converted (kg of a "chiếc" item). */
  private convert(q: Quantity, p: number): number | null {
    const pu: Unit = unitOf(this.m, p);
    if (q.outer && q.outer.unit !== null && q.outer.unit.key === pu.key) return q.outer.value; // "1 thùng 12 chai" of a product sold by the thùng
    const u = q.unit;
    if (pu.dim === 'count' && pu.factor > 1) {
      // Sold by the ten or the dozen ("Nem chua", unit "chục"): "50 cái" or "2 chục" are counted in pieces.
      if (q.multiplied || (u && u.dim === 'count' && u.key !== pu.key)) return q.value / pu.factor;
      if (!u || u.key === pu.key) return q.value;
    }
    if (!u) return q.value;
    // "1 can" typed bare reads as "cân" (kg), but names the product's own unit when it is sold by the can.
    if (q.unitIdx >= 0 && pu.dim === 'count' && this.ts[q.unitIdx]?.fold === pu.key) return q.value;
    if ((u.dim === 'mass' || u.dim === 'volume') && pu.dim === 'count' && CONTAINERS.hasText(pu.key)) {
      // "1 lít" of a sauce sold in 500ml bottles is 2 bottles, "2 lạng" of pepper in 200g packs is 1 pack; else ask.
      const pack = packSize(this.m, p, u.dim);
      if (pack === null) return null;
      const n = (q.value * u.factor) / pack;
      return Math.abs(n - Math.round(n)) < 1e-6 && n >= 1 ? Math.round(n) : null;
    }
    if (u.dim === 'count') {
      if (pu.dim === 'count' || pu.dim === 'pair' || u.key === pu.key) return q.value;
      return null;
    }
    if (u.dim === 'pair') {
      if (pu.dim === 'pair') return q.value;
      if (pu.dim === 'count') return q.value * 2;
      return null;
    }
    if (u.dim === pu.dim) return (q.value * u.factor) / pu.factor;
    return null;
  }

  /** The head noun's concept: first word in Vietnamese, last in English ("red silk scarf"). */
  private headOf(np: NounPhrase): string | null {
    const h = this.en ? np.hits[np.hits.length - 1] : np.hits[0];
    return h?.concept ?? null;
  }

  private phrase(np: NounPhrase): string {
    const parts: string[] = [];
    for (let k = np.start; k < np.end; k++) {
      const t = this.ts[k]!;
      if (t.kind === 'word') parts.push(t.raw);
    }
    return parts.join(' ');
  }
}

function newClause(start: number, end: number, sentence: number): Clause {
  return { start, end, sentence, verb: false, hardQ: false, softQ: false, polite: false, past: false, neg: false, more: false, dead: false };
}

const PAIR_FIRSTS = new WordSet([...PAST_PAIRS, ...NOW_PAIRS, ...QUESTION_PAIRS, ...PAYMENT_PAIRS, ...COMPLAINT_PAIRS, ...MEMO_PAIRS].map(([x]) => x));

function pairIn(pairs: readonly [string, string][], a: Token, b: Token): boolean {
  if (!PAIR_FIRSTS.has(a)) return false;
  for (const [x, y] of pairs) {
    if (matchesWord(a, x) && matchesWord(b, y)) return true;
  }
  return false;
}

const FOLD_CACHE = new Map<string, string>();
function matchesWord(t: Token, w: string): boolean {
  if (t.accented) return t.low === w;
  let f = FOLD_CACHE.get(w);
  if (f === undefined) {
    f = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    FOLD_CACHE.set(w, f);
  }
  return t.fold === f;
}

/** A phrase reading that names fewer products (ideally one) is better. */
function better(m: Matcher, a: NounPhrase, b: NounPhrase | null, unit: Unit | null): boolean {
  if (!b || b.hits.length === 0) return a.hits.length > 0;
  if (a.hits.length === 0) return false;
  const ra = resolveConcepts(m, a.hits, null, a.unknownAttr);
  const rb = resolveConcepts(m, b.hits, unit, b.unknownAttr);
  const score = (r: { candidates: number[]; conflict: boolean }): number => (r.conflict || r.candidates.length === 0 ? 1000 : r.candidates.length);
  const sa = score(ra);
  const sb = score(rb);
  return sa < sb || (sa === sb && a.hits.length > b.hits.length);
}

/** Spellings that regional speech confuses ("châu" for "trâu", "xen" for "sen", "lon" for "long"). */
function accentNorm(w: string): string {
  return w.replace(/^tr/, 'ch').replace(/^s/, 'x').replace(/^(gi|r)/, 'd').replace(/^n(?!g|h)/, 'l').replace(/(ng|nh)$/, 'n').replace(/t$/, 'c');
}

/**
 * The (folded) words are the same up to one edit (a slip: "lin" for "linh") or a regional spelling ("châu" for
 * "trâu"), for words of three letters or more.
 */
function nearWord(x: string, y: string): boolean {
  if (x === y) return true;
  const a = accentNorm(x);
  const b = accentNorm(y);
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function isEnglish(ts: readonly Token[], productWord: (i: number) => boolean): boolean {
  let en = 0;
  let vi = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.kind !== 'word') continue;
    if (EN_FUNCTION.has(t.low) && !productWord(i)) en++;
    else if (VI_ASCII.has(t.low)) vi++;
  }
  return en >= 2 ? en > vi : en === 1 && vi === 0;
}

