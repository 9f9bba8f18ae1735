/**
 * Stage 3: scans one clause into events: quantities (with classifiers and units), product phrases, "mỗi loại"
 * and corrections, in message order.
 */
import { WordSet, NEGATIONS, MORE_WORDS, CHO, CORRECTION_WORDS, EACH_HEAD, EACH_KIND, NEG_FINAL, ORDER_VERBS, PRONOUNS, SIZE_WORDS, VERB_GLUE, GIFT, PURPOSE_VERBS, RULES_OUT_AFTER } from './lexicon.ts';
import { isHead, isProductUnitWord, productHas, productsOf, resolveConcepts } from './matcher.ts';
import { BARE_CLASSIFIERS, UNITS } from './numbers.ts';
import { DIRECTIONS, ParseContext, isEllipsis, isStop, isWord, lookup, pairEndsAt, prevWord, quantityOf } from './context.ts';
import type { Clause, Event, NounPhrase } from './context.ts';
import { continues, nameAttr } from './attributes.ts';
import { isVerbAt } from './clauses.ts';
import { wordsStart } from './time-words.ts';
import { restatesAmount } from './clause-remarks.ts';
import { readNP } from './noun-phrase.ts';
import { better } from './better-reading.ts';
import { countThenSize, elidedAttribute, letterSizeInList } from './elided-head.ts';
import { elidedSize, elidedSizeWord, gradeFirst, phraseBefore, sizeFirst } from './elided-sizes.ts';
import { EN_PRONOUNS, SHIP_VERBS, verbLike } from './verb-words.ts';
import { asideAt } from './asides.ts';
import { littleAt } from './vague-amount.ts';
import { eachMarkerAt, kindsCountAt } from './each-scope.ts';
import { afterChangeInto, changeInto, correctsLineBefore } from './change-into.ts';
import { perHead } from './per-head.ts';
import { carryLeads, headLeads, leadsPhrase, type HeadLead } from './lead-word.ts';
import { quantityAt, unitOfPhraseBefore } from './quantity-at.ts';

/** Words that, with a negation after them, check what was said: "đúng không", "phải không". */
const CHECK_WORDS = new WordSet(['đúng', 'phải']);
/** Words of praise that "quá" (very) follows: "ngon quá", "đẹp quá". */
const PRAISE = new WordSet(['ngon', 'đẹp', 'xinh', 'thích', 'tốt', 'rẻ', 'đắt', 'mắc', 'thơm', 'giòn', 'mềm', 'ngọt', 'xịn', 'chất', 'ưng', 'êm', 'bền', 'nhanh', 'lâu']);

export function scan(cx: ParseContext, c: Clause): Event[] {
  const ts = cx.ts;
  const evs: Event[] = [];
  let impliedAt = -1;
  let eachEnd = -1;
  const leads: HeadLead[] = [];
  // "…rồi, giờ lấy thêm 3 bó": the "now" marker that opens the clause is no product word ("Nhang vòng 24 giờ").
  let i = wordsStart(cx, c);
  while (i < c.end) {
    const t = ts[i]!;
    const aside = asideAt(cx, c, i, evs);
    if (aside > 0) {
      i += aside;
      continue;
    }
    if (!isWord(t)) {
      i++;
      continue;
    }
    // (Not where the shop sells that service by name: "Gói quà giấy kraft", alias "gói quà".)
    if (PURPOSE_VERBS.has(t) && isWord(ts[i + 1]) && GIFT.has(ts[i + 1]) && !(pairEndsAt(cx, i + 1) && isHead(cx.m, lookup(cx, i)?.concept ?? ''))) {
      // "… làm quà tân gia", "gói quà giúp e": what the order is for, or how to wrap it; the rest of the clause
      // names no goods.
      break;
    }
    // ("1 cân bún rối với ít hành phi", "…, ít nụ sen": a little of more goods, vague-amount.ts.)
    const little = littleAt(cx, c, i, true);
    if (little !== null) {
      evs.push({ t: 'Q', q: little, dead: false, each: false, classifierOnly: false });
      i++;
      continue;
    }
    // "…, thêm giỏ M be nữa": "thêm" before a product with no amount adds one, as an order verb does.
    const addsOne = t.fold === 'them' && MORE_WORDS.has(t) && lookup(cx, i + 1) !== null && !/^\d/.test(ts[i + 1]!.low);
    if (isVerbAt(cx, i) || addsOne) {
      let k = i + 1;
      while (k < c.end && isWord(ts[k])) {
        const u = ts[k]!;
        // "cho em cuốn lịch", "lấy chiếc áo dài": a classifier with no number before a product is one of it.
        if (UNITS.get(u)?.dim === 'count' && lookup(cx, k) === null && lookup(cx, k + 1) !== null && !/^\d/.test(ts[k + 1]!.low)) {
          k++;
          break;
        }
        // ("cho e it mach nha", "lấy ít bu lông về dùng": "ít", a little, vague-amount.ts.)
        const little = littleAt(cx, c, k, false);
        if (little !== null) {
          evs.push({ t: 'Q', q: little, dead: false, each: false, classifierOnly: false });
          k++;
          break;
        }
        // ("cho e đặt làm cuốn thư …": "đặt làm" is ordering made to measure, one verb; not "đặt làm quà".)
        const made = u.low === 'làm' && ts[k - 1]!.low === 'đặt' && lookup(cx, k) === null && !GIFT.has(ts[k + 1]);
        if (PRONOUNS.has(u) || VERB_GLUE.has(u) || ORDER_VERBS.has(u) || CHO.has(u) || made) {
          // "tui" is both "I" and "túi" (bag): a pronoun unless the next word continues a product phrase.
          const h = lookup(cx, k);
          if (h && !VERB_GLUE.has(u) && continues(cx, h, k + 1)) break;
          k++;
        } else break;
      }
      impliedAt = k;
      i = k;
      continue;
    }
    const prev = prevWord(cx, c, i);
    if (changeInto(cx, i, prev) && t.low !== 'đổi') {
      // ("a doi thanh gac nhe": typed bare, read before "doi" can be taken for a pair or a word of the names.)
      i = afterChangeInto(cx, c, i, evs);
      continue;
    }
    if (/^\d/.test(t.low) && nameAttr(cx, i, null)?.concept && !unitOfPhraseBefore(cx, evs, i + 1) && !countOfCode(cx, i)) {
      // "60 độ 2 chai", "30x40 1 bức": a grade or size the names carry opens a product phrase, it is no quantity.
      const np = readNP(cx, c, i, false);
      // The attribute reading must name a product; when it fits none ("3 bánh dầu gội" where only a gift set is
      // "Bộ 3 bánh …"), the number is read as a quantity instead.
      const r = np !== null ? resolveConcepts(cx.m, np.hits, null, np.unknownAttr) : null;
      const fits = r !== null && r.candidates.length > 0 && !r.conflict;
      if (np && fits) {
        np.implied = impliedAt === i;
        evs.push({ t: 'NP', np });
        i = np.end;
        continue;
      }
    }
    if (SIZE_WORDS.has(t) && t.fold !== 'co' && i + 1 < c.end) {
      // "dép size 38 2 đôi, size 40 1 đôi": a size word opening a phrase goes on the product named before.
      const sized = elidedSizeWord(cx, i, evs) ?? sizeFirst(cx, c, i, evs);
      if (sized) {
        sized.implied = impliedAt === i;
        evs.push({ t: 'NP', np: sized });
        i = sized.end;
        continue;
      }
    }
    const elided = elidedAttribute(cx, c, i, evs);
    // (The grade with what follows it, "mẫu C 50 thiệp", rather than the grade alone on the product before.)
    const graded = gradeFirst(cx, c, i, elided?.end ?? i);
    if (graded !== null) {
      // "mẫu C 100 lấy 2 xấp": a grade the catalog's names carry opens the phrase of the products graded so.
      graded.implied = impliedAt === i;
      evs.push({ t: 'NP', np: graded });
      i = graded.end;
      continue;
    }
    if (elided !== null) {
      elided.implied = impliedAt === i;
      evs.push({ t: 'NP', np: elided });
      i = elided.end;
      continue;
    }
    const lettered = letterSizeInList(cx, c, i, phraseBefore(cx, evs)) ?? countThenSize(cx, c, i, evs);
    if (lettered !== null) {
      // "1 áo khoác S, 1 M, 1 L": a count and a letter size alone go on the product named before ("M" is no metre).
      evs.push({ t: 'Q', q: lettered.q, dead: false, each: false, classifierOnly: false }, { t: 'NP', np: lettered.np });
      i = lettered.np.end;
      continue;
    }
    // ("1664 chai nhỏ lấy 6 chai": a model's number opens the phrase when the clause counts the goods further on; a
    // shade's decimal code standing where a phrase would, "2 tuýp 6.1", "5.0 2 hộp", with no unit after it, is no
    // amount. Not after a phrase: "mâm nhiệt nồi 2.2" says which pot the part is for.)
    const decimalCode = DECIMAL_CODE.test(t.low) && UNITS.get(ts[i + 1]) === undefined && evs[evs.length - 1]?.t !== 'NP';
    const early = (/^\d{3,6}$/.test(t.low) && countedAfter(cx, c, i + 1)) || decimalCode ? modelNumberAt(cx, c, i, impliedAt) : null;
    if (early !== null) {
      evs.push({ t: 'NP', np: early });
      i = early.end;
      continue;
    }
    if (kindsCountAt(cx, c, i)) {
      i += 2;
      continue;
    }
    const afterQuantity = quantityAt(cx, c, i, { evs, impliedAt, eachEnd });
    if (afterQuantity !== null) {
      i = afterQuantity;
      continue;
    }
    if (BARE_CLASSIFIERS.has(t) && i + 1 < c.end) {
      const np = readNP(cx, c, i + 1, false);
      const asNoun = lookup(cx, i) !== null ? readNP(cx, c, i, false) : null;
      // ("hop nho 1kg 5 hop": with its amount said right after the phrase, the word opens the name, "Hộp nho 1kg".)
      const amountAfter = np !== null && asNoun !== null && asNoun.end === np.end && /^\d/.test(ts[np.end]?.low ?? '') && quantityOf(cx, np.end) !== null;
      if (np && np.hits.length > 0 && !(asNoun && better(cx.m, asNoun, np, null)) && !amountAfter) {
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
    const coded = modelNumberAt(cx, c, i, impliedAt);
    if (coded !== null) {
      evs.push({ t: 'NP', np: coded });
      i = coded.end;
      continue;
    }
    // ("lấy 1 cam trong nhà 4mp nha, ko cần thẻ", "bộ 5 nồi thường thôi, ko cần nắp kính": what the customer does not
    // need is ruled out; it is no item to place or ask about.)
    if (NEGATIONS.has(t) && isWord(ts[i + 1]) && ts[i + 1]!.fold === 'can' && isWord(ts[i + 2]) && !ORDER_VERBS.has(ts[i + 2]!)) {
      const ruled = readNP(cx, c, i + 2, false);
      if (ruled !== null && ruled.hits.length > 0) {
        i = ruled.end;
        continue;
      }
    }
    // ("…ve an ngon qua, lan nay lay 4 goi": typed bare, "qua" after a word of praise is "quá", very; no gift, "quà".)
    // ("mai e qua lấy 2 chĩnh gạo", "chiều nay e qua lấy 2 cái ghế 45": before a verb of buying it is "qua", to come over.)
    if (!t.accented && t.fold === 'qua' && ((i > c.start && isWord(ts[i - 1]) && PRAISE.has(ts[i - 1]!)) || (isWord(ts[i + 1]) && ORDER_VERBS.has(ts[i + 1]!)))) {
      i++;
      continue;
    }
    // ("vi ngang den 1.250k dung k shop, e chot 2 cai": typed bare, "dung k" is "đúng không", a question closing the
    // price, not a word of the catalog's names.)
    if (!t.accented && CHECK_WORDS.has(t) && NEG_FINAL.has(ts[i + 1]) && (!isWord(ts[i + 2]) || lookup(cx, i + 2) === null)) {
      i += 2;
      continue;
    }
    if (eachMarkerAt(cx, i)) {
      // "… mỗi size 1 đôi" where "moi" is also a catalog word ("giày mọi"): the "each" marker.
      evs.push({ t: 'EACH' });
      i += 2;
      eachEnd = i;
      continue;
    }
    const lead = lookup(cx, i) !== null ? headLeads(cx, c, i) : null;
    if (lead !== null) {
      leads.push(lead);
      cx.verbWords.add(i);
      i++;
      continue;
    }
    if (lookup(cx, i) !== null && (verbLike(cx, i) || leadsPhrase(cx, c, i))) {
      // "Bán cho em 3 lít rượu nếp", "đong cho chú 5 lít", "qua lấy 3 hộp": a word that heads no product, right
      // before "cho" + a pronoun or before an order verb, is a verb of the request, not a product phrase.
      cx.verbWords.add(i);
      i++;
      continue;
    }
    // ("me nhé" in a Vietnamese message is tamarind, not English "me".)
    const pronoun = PRONOUNS.has(t) && !(!cx.en && EN_PRONOUNS.has(t.low));
    // ("moi loai khay 2 cai" where "môi" is a word of "Dung môi": "mỗi loại" is "each kind", whatever the catalog spells.)
    const eachKind = EACH_HEAD.has(t) && EACH_KIND.has(ts[i + 1]) && !pairEndsAt(cx, i + 1);
    if (lookup(cx, i) !== null && !eachKind && !(pronoun && !continues(cx, lookup(cx, i)!, i + 1) && t.fold !== 'vi')) {
      const np = readNP(cx, c, i, false);
      if (np && eachEnd === i && np.end === i + 1 && np.hits.length === 1 && !isHead(cx.m, np.hits[0]!.concept) && evs[evs.length - 1]?.t === 'EACH') {
        // "sáo 45cm mỗi tone 2 cây", "mỗi loại men lấy 2 bát": the word after "mỗi" names what varies (tone, glaze),
        // not a product; the quantity goes to each product of the phrase it belongs to.
        i = np.end;
        eachEnd = i;
        continue;
      }
      if (np && eachEnd === i) np.each = true;
      // ("ship Hà Nội", "giao Quận 7": a capitalised place right after a delivery verb.)
      const shipTo = prev !== undefined && SHIP_VERBS.has(prev) && t.cap;
      // ("à thôi đổi qua 80w": "qua" after "đổi" is "into", no direction.)
      const into = prev !== undefined && prev.fold === 'qua' && ts[i - 2]?.fold === 'doi';
      if (np && prev && ((DIRECTIONS.has(prev) && !into) || shipTo)) {
        // "gửi về Thái Nguyên": a place that shares words with a product, not a mention of it.
        i = np.end;
        continue;
      }
      if (np) {
        np.implied = impliedAt === i || takeInModifiers(cx, np, impliedAt);
        evs.push({ t: 'NP', np });
        i = np.end;
        continue;
      }
    }
    // ("Lấy 3 tô bún bò thường, mỗi tô thêm 1 phần bò", "12 bàn tròn, mỗi bàn 10 ghế": "mỗi" + a noun counted before,
    // then an amount, is per each of those (per-head.ts): no "each" of the noun's own products.)
    const amountAt = isWord(ts[i + 2]) && /^\d/.test(ts[i + 2]!.low) ? i + 2 : isWord(ts[i + 3]) && /^\d/.test(ts[i + 3]!.low) ? i + 3 : -1;
    if (EACH_HEAD.has(t) && amountAt > 0 && lookup(cx, i + 1) !== null && perHead(cx, amountAt, evs) > 1) {
      i += 2;
      continue;
    }
    if (EACH_HEAD.has(t)) {
      evs.push({ t: 'EACH' });
      i += EACH_KIND.has(ts[i + 1]) ? 2 : 1;
      eachEnd = i;
      continue;
    }
    // ("a thoi lay loai 1 di": typed bare, "a thôi" is "à thôi".)
    // ("lay 2 chai mat rung, a khong lay 3 chai", "lay 100 phoi so xam, a khong, 150 nhe": "à không" too, before a
    // comma, a number or the verb; not "a không lấy nữa", I do not want it any more.)
    const after = ts[i + 2];
    const bareA = t.low === 'a' && !cx.accented && (ts[i + 1]?.fold === 'thoi' ||
      (NEG_FINAL.has(ts[i + 1]) && (!isWord(after) || /^\d/.test(after.low) || ((after.fold === 'lay' || after.fold === 'doi') && /^\d/.test(ts[i + 3]?.low ?? '')))));
    if (((t.low === 'à' || t.low === 'ý') && (NEG_FINAL.has(ts[i + 1]) || ts[i + 1]?.fold === 'thoi' || ts[i + 1]?.fold === 'la' || ts[i + 2]?.fold === 'la')) || bareA) {
      evs.push({ t: 'CORR' }); // "à không, 2 cái thôi", "ý em là 2 cái"
    }
    // "1 biển xanh 100ml, ko thôi lấy 50ml thôi ạ": opening a clause after a line, "không thôi" takes it back too.
    if (i === c.start && NEG_FINAL.has(t) && ts[i + 1]?.fold === 'thoi' && cx.lines.length > 0) evs.push({ t: 'CORR' });
    // ("mua 2 hũ chao đỏ 250g. thôi lấy 500g cho tiện", "…, thôi cho 20kg luôn": opening a clause after a line, "thôi"
    // before an order verb corrects it too, as "à thôi" does.)
    if (i === c.start && cx.clauses.indexOf(c) > 0 && t.fold === 'thoi' && cx.lines.length > 0 && isWord(ts[i + 1]) &&
      (ORDER_VERBS.has(ts[i + 1]!) || CHO.has(ts[i + 1]!))) evs.push({ t: 'CORR' });
    // ("cho 2 hũ đen 100g, ko đúng r 2 hũ 200g mới đúng", "…, à lấy 2 hộp 50 túi thay": a clause after a line that says
    // it is the right one, or instead, corrects that line.)
    if (i === c.start && cx.clauses.indexOf(c) > 0 && cx.lines.length > 0 && correctsLineBefore(cx, c)) evs.push({ t: 'CORR' });
    if (t.low === 'đổi' && (cx.lines.length > 0 || evs.some((e) => e.t === 'Q')) && restatesAmount(cx, c, i)) evs.push({ t: 'CORR' });
    // "…L. Ờ mà thôi, lấy size M đi", "bó 50 cành, mà thôi lấy bó 100 cành", "Cho em 1 túi M... thôi lấy túi L": after
    // "mà" (which closes the clause before, so "thôi" opens this one) or broken off at an ellipsis, "thôi" takes back
    // the line before.
    const afterMa = i === c.start && isWord(ts[i - 1]) && (ts[i - 1]!.low === 'mà' || (!cx.accented && ts[i - 1]!.fold === 'ma'));
    if (t.fold === 'thoi' && cx.lines.length > 0 && (afterMa || isEllipsis(ts[i - 1]))) evs.push({ t: 'CORR' });
    // What a negation rules out is no order: after "chứ" or "nhé" ("giò lụa 500g riêng chứ ko lấy combo", "bộ tam sự chứ không
    // phải ngũ sự"), and "không phải X" in a correction ("à ko phải sấu, me nhé", where the next phrase replaces X).
    const afterRulingOut = prev !== undefined && RULES_OUT_AFTER.has(prev.fold) && (evs.some((e) => e.t === 'NP') || cx.lines.length > 0);
    const takenBack = isWord(ts[i + 1]) && ts[i + 1]!.fold === 'phai' && evs.some((e) => e.t === 'CORR');
    if (NEG_FINAL.has(t) && (afterRulingOut || takenBack)) {
      let k = i + 1;
      while (isWord(ts[k]) && (ORDER_VERBS.has(ts[k]) || ts[k]!.fold === 'phai') && lookup(cx, k) === null) k++;
      // ("… 50g nhé ko lấy 100g": a size alone rules out that sibling of the product before.)
      const size = lookup(cx, k) === null ? quantityOf(cx, k) : null;
      const ruledOut = lookup(cx, k) !== null ? readNP(cx, c, k, false) : size?.measure ? elidedSize(cx, size, evs) : null;
      if (ruledOut !== null) {
        i = ruledOut.end;
        continue;
      }
      // ("1 hộp trà xanh 50 túi thôi, chứ ko lấy 100 túi nữa": an amount alone is ruled out too.)
      if (size !== null && afterRulingOut) {
        i = size.end;
        continue;
      }
    }
    if (CORRECTION_WORDS.has(t) && !(prev && (prev.fold === 'giao' || prev.fold === 'gui' || prev.fold === 'ship'))) {
      evs.push({ t: 'CORR' });
    }
    if (changeInto(cx, i, prev) && t.low === 'đổi') {
      i = afterChangeInto(cx, c, i, evs);
      continue;
    }
    i++;
  }
  if (leads.length > 0 || cx.carriedLead !== null) carryLeads(cx, c, evs, leads);
  return evs;
}


/**
 * "I want a short brown wallet": in English, words the catalog lacks between the order verb (with its article) and the
 * phrase are its modifiers: the phrase is extended back over them (true when it was), the one thing ordered, so that a
 * word telling it apart that the catalog does not know makes it ask rather than be dropped.
 */
function takeInModifiers(cx: ParseContext, np: NounPhrase, impliedAt: number): boolean {
  if (!cx.en || impliedAt < 0 || np.start <= impliedAt || np.start - impliedAt > 2) return false;
  const added: number[] = [];
  for (let k = impliedAt; k < np.start; k++) {
    const t = cx.ts[k];
    if (!isWord(t) || t.cap || /\d/.test(t.low) || lookup(cx, k) !== null || isStop(cx, t)) return false;
    added.push(k);
  }
  np.unknownAt = [...added, ...(np.unknownAt ?? [])];
  np.unknown += added.length;
  np.start = impliedAt;
  return true;
}

/**
 * "2 con 6201", "6201 x 30": a number of three or more digits that is a model's number in the names ("Vòng bi 6201
 * ZZ"), standing where a product phrase would, names those products; the words after it that the catalog has go on
 * naming them ("6204 ZZ").
 */
function modelNumberAt(cx: ParseContext, c: Clause, i: number, impliedAt: number): NounPhrase | null {
  const t = cx.ts[i]!;
  const c0 = t.low.charCodeAt(0);
  // ("2 tuýp 6.1", "5.0 2 hộp": a shade's code written as a decimal, as the names write it, names those products too.)
  const decimal = DECIMAL_CODE.test(t.low);
  if (c0 < 48 || c0 > 57 || (!decimal && (t.low.length < 3 || c0 === 48 || !/^\d{3,6}$/.test(t.low)))) return null;
  const concept = codeConcept(t.low);
  if (productsOf(cx.m, concept).length === 0) return null;
  // ("1 hộp 1000 mảnh": a count of what the names count, read with its word by the phrase reader.)
  const next = cx.ts[i + 1];
  if (isWord(next) && productsOf(cx.m, `na:${next.fold}:${Number(t.low)}`).length > 0) return null;
  const np: NounPhrase = { start: i, end: i + 1, hits: [{ concept, weight: 1 }], unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: impliedAt === i };
  const more = i + 1 < c.end && lookup(cx, i + 1) !== null ? readNP(cx, c, i + 1, false) : null;
  if (more !== null && more.hits.length > 0 && resolveConcepts(cx.m, [...np.hits, ...more.hits], null, false).candidates.every((p) => productHas(cx.m, p, concept))) {
    np.hits.push(...more.hits);
    np.end = more.end;
  }
  return np;
}

/** A shade's or model's code written as a decimal ("6.1", "1.56"). */
const DECIMAL_CODE = /^\d{1,2}[.,]\d{1,2}$/;

/** The model-number concept of a code written in digits ("6.1", "6,1", "1664"). */
function codeConcept(low: string): string {
  return `num:${Number(low.replace(',', '.'))}`;
}

/**
 * The count at i is in the word goods are sold by, before a model's code: "10 tuýp 6.1" is ten tubes of shade 6.1,
 * beside "Hộp 10 tuýp" (no box's contents).
 */
function countOfCode(cx: ParseContext, i: number): boolean {
  const w = cx.ts[i + 1];
  const code = cx.ts[i + 2];
  return isWord(w) && isProductUnitWord(cx.m, w) && isWord(code) && /^\d/.test(code.low) && productsOf(cx.m, codeConcept(code.low)).length > 0;
}

/** A count in digits with its classifier or unit stands in the clause from k on. */
function countedAfter(cx: ParseContext, c: Clause, k: number): boolean {
  for (let j = k + 1; j < c.end; j++) {
    const q = /^\d/.test(cx.ts[j]?.low ?? '') ? quantityOf(cx, j) : null;
    if (q !== null && q.unit !== null && (q.unit.dim === 'count' || q.unit.dim === 'pair') && !q.x) return true;
  }
  return false;
}
