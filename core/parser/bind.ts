/**
 * Stage 4: pairs the quantities of a clause with its product phrases by Vietnamese word order (quantity +
 * classifier + noun, or noun + quantity), and applies corrections, "thêm … nữa" and "mỗi loại".
 */
import { AS_BEFORE, CHO, NON_PRODUCT_NOUNS, ORDER_VERBS, PARTICLES, PRONOUNS, WordSet } from './lexicon.ts';
import { CONTAINERS, UNITS } from './numbers.ts';
import type { Quantity } from './numbers.ts';
import { ParseContext, brokenOff, headOf, isWord, lineBefore, onlyGlueBetween, phraseOf } from './context.ts';
import type { Clause, Event, Mention, NounPhrase } from './context.ts';
import { quantityContext } from './clauses.ts';
import { ifAvailable } from './inquiries.ts';
import { nowIn } from './time-words.ts';
import { headsProduct, headsSet, isHead, isProperNoun, namesVariant, resolveConcepts, unitOf } from './matcher.ts';
import { fold } from './normalize.ts';
import { place } from './place.ts';
import { appositive } from './details.ts';
import { correctToSibling, moreOfSibling, restate } from './restate.ts';
import { changeLines } from './change-lines.ts';
import { keptAmount } from './change-alone.ts';
import { REQUEST, requested } from './bare-requests.ts';
import { dropLines } from './drop-lines.ts';
import { sizeChange } from './size-change.ts';
import { repeatsPast, repeatsUnnamed } from './repeat-order.ts';
import { fill, moreOfEach } from './fill.ts';
import { shareListedSize } from './elided-sizes.ts';
import { packedAway, packedInto, sentShareOf } from './shares.ts';
import { extraByUnit } from './add-on.ts';

export function bind(cx: ParseContext, c: Clause, evs: Event[]): void {
  packedAway(cx, c, evs);
  for (const e of evs) {
    cx.events.push(e);
    cx.eventClauses.push(c);
  }
  cx.curClause = c;
  if (!c.dead && (sizeChange(cx, c, evs) || changeLines(cx, c, evs) || keptAmount(cx, c, evs) || dropLines(cx, c, evs) || repeatsPast(cx, c, evs) || repeatsUnnamed(cx, c, evs))) return;
  // "shop còn set gia đình 4 đôi không ạ? còn thì e lấy": accepting what was just asked about, with no amount, is one.
  // (Not "còn thì báo giá giúp e", "còn thì để e suy nghĩ": only the words of ordering follow.)
  if (!c.dead && c.verb && evs.length === 0 && ifAvailable(cx, c) && onlyOrderWords(cx, c)) {
    const asked = cx.mentions[cx.mentions.length - 1];
    if (asked !== undefined && asked.asked && asked.line === null && asked.unresolved === null) place(cx, asked, null, false, false);
    return;
  }
  // "lấy khăn đỏ với khăn vàng": a product coordinated with an implied one is implied too.
  const first = evs[0];
  // (Not ", the 50cm one" in English, which says which goods were meant, details.ts.)
  if (first && first.t === 'NP' && cx.impliedTail !== null && cx.impliedTail.sentence === c.sentence && !appositive(cx, first.np.start) &&
    cx.clauses.indexOf(cx.impliedTail) === cx.clauses.indexOf(c) - 1) {
    first.np.implied = true;
  }
  const last = evs[evs.length - 1];
  cx.impliedTail = last && last.t === 'NP' && last.np.implied ? c : null;
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
    const adjacentToPost = post >= 0 && onlyGlueBetween(cx, (evs[post] as Extract<Event, { t: 'NP' }>).np.end, e.q.start);
    // ("thân lân: 1 cái 2m": a count after a header's colon that opens a phrase counts that phrase.)
    const afterHeader = post >= 0 && prefix >= 0 && cx.ts.slice((evs[post] as Extract<Event, { t: 'NP' }>).np.end, e.q.start).some((t) => t.kind === 'colon');
    // ("x3 gói que cay": with no phrase before it, an "x" count opens the phrase after it.)
    if (e.q.x) target = post >= 0 ? post : prefix >= 0 && quantityContext(cx, c, e.q.start) !== 'other' ? prefix : -1;
    else if (style === 'pre' || afterHeader) target = prefix >= 0 ? prefix : post;
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
      cx.pendingCorrection = true;
      continue;
    }
    if (e.t === 'EACH') continue;
    if (e.t === 'NP') {
      const qk = qOf.get(k);
      if (qk !== undefined && qk < k) pair(cx, c, evs[qk] as Extract<Event, { t: 'Q' }>, e.np);
      else if (qk === undefined) bare(cx, c, e.np);
      continue;
    }
    const nk = boundTo.get(k);
    if (nk !== undefined) {
      if (nk < k) pair(cx, c, e, (evs[nk] as Extract<Event, { t: 'NP' }>).np);
      continue;
    }
    if (e.each && !c.dead && !evs.slice(0, k).some((b) => b.t === 'NP') && colonAfter(cx, e.q.end, c)) {
      // "mỗi loại đậu 3 cái nhé: đậu đỏ với đậu xanh": the amount of each product the list after the colon names.
      cx.listedEach = { q: e.q, sentence: c.sentence };
      continue;
    }
    orphan(cx, c, e);
  }
}


/** A quantity with its product phrase. */
export function pair(cx: ParseContext, c: Clause, e: Extract<Event, { t: 'Q' }>, np: NounPhrase): void {
  const mention: Mention = { np, line: null, unresolved: null, sentence: c.sentence, explicit: true, asked: c.dead || e.dead, q: e.q };
  // ("lần này lấy 3 gói như cũ nhé": "as before" names no goods; the amount is read as if alone.)
  if (np.hits.length === 0 && AS_BEFORE.has(cx.ts[np.start])) {
    // (With nothing named before it, "e lấy 1 như lần trước nhé", the goods of an earlier order are unknown here: ask.)
    if (cx.mentions.length === 0) cx.unresolved.push({ phrase: phraseOf(cx, np), qty: e.q.value, candidates: [], implied: false });
    else orphan(cx, c, e);
    return;
  }
  if (np.hits.length === 0 || np.headUnknown) {
    // Nothing (or not the head noun) is in the catalog: an unknown product, if it reads like an order line.
    // It must name a catalog word ("quạt lụa"), follow an order verb ("chốt 5 quạt"), or be a counted
    // thing opening the clause ("3 cái nón lá nhé"); "gói 2 hộp quà riêng" or "cho 2 bé" are not orders.
    let ctx = quantityContext(cx, c, e.q.start);
    if (ctx === 'start' && cx.clauses.some((b) => b.sentence === c.sentence && b.start < c.start && b.verb && !b.dead)) ctx = 'verb';
    const counted = e.q.unit !== null && (e.q.unit.dim === 'count' || e.q.unit.dim === 'pair');
    // ("1 ký bò khô với 1 ký mực rim": after a line already placed, a quantity opening a clause starts another.)
    const listed = ctx === 'start' && cx.lines.length > 0 && !cx.en;
    // (A capitalised phrase is a name or a place, but not after an ordered count of a container: "cho e 1 bình Thermos
    // 500ml" orders a brand the shop does not sell.)
    const looksLikeProduct = (!np.allCaps || (counted && ctx === 'verb')) && (np.hits.length > 0 || ctx === 'verb' || (counted && ctx === 'start') || listed);
    if (!looksLikeProduct || NON_PRODUCT_NOUNS.has(cx.ts[np.start])) return;
  }
  if (notAThing(cx, np)) {
    // "3 cái cho nhà, 2 cái biếu", "giao 32 Nguyễn Tất Thành", "5 cái mới đủ": after a placed line, words naming no
    // kind of thing that fit no product are no product phrase; the amount is read as if alone.
    orphan(cx, c, e);
    return;
  }
  // ("2 ký khô lóc, chia thành 4 túi nửa ký": how to pack the line, no goods of its own.)
  if (!c.dead && !e.dead && packedInto(cx, e.q.start)) {
    cx.usedQ.add(e.q);
    return;
  }
  // ("3 set quà Tết, 1 set giao Hà Nội 2 set giao Tuyên Quang": shares of the line sent to two places; shares that
  // exceed it ask.)
  const share = c.dead || e.dead ? null : sentShareOf(cx, np);
  if (share !== null) {
    cx.usedQ.add(e.q);
    if (share === 'doubt') cx.unresolved.push({ phrase: phraseOf(cx, np), qty: e.q.value, candidates: [], implied: false });
    return;
  }
  cx.mentions.push(mention);
  if (c.dead || e.dead) return;
  if (cx.pendingLabel && np) cx.pendingLabel = null;
  place(cx, mention, e.q, e.each, false);
}


/** A product phrase without a quantity: a mention, or one item right after an order verb. */
export function bare(cx: ParseContext, c: Clause, np: NounPhrase): void {
  const mention: Mention = { np, line: null, unresolved: null, sentence: c.sentence, explicit: false, asked: c.dead };
  cx.mentions.push(mention);
  if (c.dead) return;
  if (cx.listedEach !== null && cx.listedEach.sentence === c.sentence && cx.listedEach.q.end < np.start) {
    place(cx, mention, cx.listedEach.q, false, false);
    return;
  }
  if (cx.pendingLabel) {
    const q = cx.pendingLabel;
    cx.pendingLabel = null;
    place(cx, mention, q, false, false);
    return;
  }
  if (cx.pendingCorrection && cx.lastLine !== null) {
    // "2 đĩa 20cm, à nhầm, đĩa 25cm": the corrected line keeps its quantity.
    const prev = cx.lastLine;
    const q: Quantity = {
      value: prev.qty, unit: null, start: np.start, end: np.end, words: false, x: false, label: false, unitIdx: -1, measure: null,
      multiplied: false,
    };
    place(cx, mention, q, false, prev.implied);
    return;
  }
  // ("e cần gấp tối nay" in a shop of "Bếp gấp mini": a lone word that heads no product and names no variant of one,
  // "lấy chai xanh thay", names nothing to order one of.)
  const only = np.hits.length === 1 ? np.hits[0]!.concept : null;
  // (Not after a classifier, "lấy e cái loe", which makes the word the thing; nor a container, "lấy nguyên thùng";
  // nor in English, "a teapot".)
  const lone = only !== null && np.end - np.start === 1 && !isHead(cx.m, only) && !only.startsWith('sku:') && !namesVariant(cx.m, only) &&
    !/\d/.test(cx.ts[np.start]!.low) && UNITS.get(cx.ts[np.start - 1]) === undefined && UNITS.get(cx.ts[np.start]) === undefined && !cx.en;
  if ((np.implied && !lone) || requested(cx, c, np)) {
    place(cx, mention, null, false, true);
    return;
  }
  const listed = itemAfterLine(cx, c, np);
  if (listed !== null) place(cx, mention, listed, false, true);
}

/**
 * A product named with no amount after a line of the same sentence, as one more item:
 * - a service done to each piece ("1 thắt lưng 3.5cm đen 110cm khắc tên", "2 ví ngắn nâu, khắc tên giúp e") is done as
 *   many times as the line has pieces;
 * - anything else listed with "+" ("1 ví dài đen + hộp quà") is one of it, but not after a set, whose parts its name
 *   lists ("1 combo khung võng + lưới nâu").
 */
function itemAfterLine(cx: ParseContext, c: Clause, np: NounPhrase): Quantity | null {
  const prev = lineBefore(cx, np, c.sentence);
  if (prev === null) return null;
  const r = resolveConcepts(cx.m, np.hits, null, np.unknownAttr);
  if (r.conflict || r.candidates.length !== 1) return null;
  if (isService(cx, r.candidates[0]!)) return countAt(prev.qty, np.start);
  if (cx.ts[c.start - 1]?.raw !== '+' || headsSet(cx.m, prev.product) || cx.m.products[prev.product]!.name.includes('+')) return null;
  for (let j = c.start; j < c.end; j++) {
    if (j >= np.start && j < np.end) continue;
    const t = cx.ts[j];
    if (isWord(t) && !PARTICLES.has(t) && !PRONOUNS.has(t) && !REQUEST.has(t)) return null;
  }
  return countAt(1, np.start);
}

/** A count of `value` standing at token `at`, said by no token of its own. */
function countAt(value: number, at: number): Quantity {
  return { value, unit: null, start: at, end: at, words: false, x: false, label: false, unitIdx: -1, measure: null, multiplied: false };
}

/**
 * A service done to each piece bought: sold by the time ("lần", "lượt") or named as one ("Dịch vụ khắc tên", "Khắc tên
 * (thêm)", "Gói quà giấy kraft", wrapping as a gift).
 */
function isService(cx: ParseContext, p: number): boolean {
  const unit = unitOf(cx.m, p).key;
  const name = fold(cx.m.products[p]!.name.toLowerCase());
  return unit === 'lan' || unit === 'luot' || name.startsWith('dich vu') || name.includes('(them)') || WRAPPING.test(name);
}
/** A name opening with the act of wrapping as a gift ("Gói quà …"). */
const WRAPPING = /^goi qua\b/;


/** After its first two words, the clause says only "lấy", "đặt", "cho" and pronouns or particles ("còn thì e lấy nhé"). */
function onlyOrderWords(cx: ParseContext, c: Clause): boolean {
  let seen = 0;
  for (let i = c.start; i < c.end; i++) {
    const t = cx.ts[i];
    if (!isWord(t) || seen++ < 2) continue;
    if (!ORDER_VERBS.has(t) && !PRONOUNS.has(t) && !PARTICLES.has(t) && !CHO.has(t)) return false;
  }
  return true;
}

/** A quantity without a product phrase: "mỗi loại 2 cái", "lấy e 2 cái" (the product named before), "sl: 2". */
export function orphan(cx: ParseContext, c: Clause, e: Extract<Event, { t: 'Q' }>): void {
  if (c.dead || e.dead) return;
  const q = e.q;
  // "1 hũ ruốc cá hồi, 1 hũ ruốc thịt heo, mỗi loại thêm 1 hũ nữa": more of each line the message placed.
  if (e.each && c.more && moreOfEach(cx, q)) return;
  if (e.each) {
    const targets = cx.mentions.filter((m) => m.sentence === c.sentence && !(m.explicit && !(m.line?.implied ?? m.unresolved?.implied ?? false)));
    // One phrase fitting several products ("bông tai mỗi màu 2 đôi") means each of them; among several phrases
    // ("kỷ tử A, kỷ tử đen mỗi thứ 3 lạng") each phrase is one thing, and one that fits several still asks.
    if (targets.length > 1) shareListedSize(cx, targets, q);
    for (const m of targets) fill(cx, m, q, 'set', targets.length === 1);
    if (targets.length > 0) return;
  }
  if (q.label) {
    const last = cx.mentions[cx.mentions.length - 1];
    if (last && !last.line && !last.unresolved) place(cx, last, q, false, false);
    // "cho e đèn tròn đỏ 30cm, số lượng 6": the labelled count replaces the implied one of the product just named.
    else if (last && (last.line?.implied || last.unresolved?.implied)) fill(cx, last, q, 'set');
    else cx.pendingLabel = q;
    return;
  }
  const more = c.more;
  // "mắm sặc 1kg 2 hũ" when that fish is sold by the kg: a container count right after a line, in a unit the line's
  // product is not sold in, is no split of it; the reading cannot explain it, so ask.
  const lastMention = cx.mentions[cx.mentions.length - 1];
  const lastLine = lastMention?.line;
  if (q.unit !== null && q.unit.dim === 'count' && !q.x && !q.label && !more && !cx.pendingCorrection && lastLine && !lastLine.implied &&
    lastMention.sentence === c.sentence && CONTAINERS.has(cx.ts[q.unitIdx]) && unitOf(cx.m, lastLine.product).key !== q.unit.key) {
    cx.unresolved.push({ phrase: '', qty: q.value, candidates: [], implied: false });
    return;
  }
  if (!cx.pendingCorrection && restate(cx, c, q)) return;
  if (!e.each && amountAfterComma(cx, c, q)) return;
  // ("lần trước lấy 3 chai nước mắm, lần này 2 chai thôi": after a past purchase, "lần này" orders like a verb.)
  const nowAfterPast = nowIn(cx, c) && cx.clauses.some((b) => b.sentence === c.sentence && b.end <= c.start && b.past);
  if (!(c.verb || cx.pendingCorrection || more || q.x || nowAfterPast)) return;
  let target = cx.mentions[cx.mentions.length - 1];
  // ("Tuần trước mua 3 cây lăn cừu 23 dùng ok, lần này lấy 5 cây", "… mua bộ trà men rạn tặng mẹ, …": after a past
  // purchase, the goods it named most fully, not a word only near a catalog word or one word of another name.)
  if (nowAfterPast || AS_BEFORE.has(cx.ts[q.end])) target = pastGoods(cx) ?? target;
  if (target) target = countedGoods(cx, q, target);
  if (!target) {
    // ("e lấy 2 goi... à 2 cái chậu sứ 30": an amount broken off and started again asks nothing.)
    if (c.verb && q.unit && (q.unit.dim === 'count' || q.unit.dim === 'pair') && !brokenOff(cx, q.end)) {
      cx.unresolved.push({ phrase: '', qty: q.value, candidates: [], implied: false });
    }
    return;
  }
  // "bó hoa cưới cầm tay có ko shop, e lấy 1": the answer to a question takes what it asked about; where the question
  // read as several phrases ("bó hoa" … "tay") the last of them need not be it: ask.
  const asking = target.asked ? cx.clauses.find((b) => b.start <= target.np.start && target.np.end <= b.end) : undefined;
  if (asking !== undefined && !more && target.np.end - target.np.start === 1 && cx.mentions.some((o) => o !== target && o.asked && o.np.start >= asking.start && o.np.end <= target.np.start)) {
    cx.unresolved.push({ phrase: phraseOf(cx, target.np), qty: q.value, candidates: [], implied: false });
    return;
  }
  const correction = cx.pendingCorrection;
  cx.pendingCorrection = false;
  if (correction && correctToSibling(cx, q)) return;
  // A bare number after an explicit line ("2 khăn đỏ, 1 cho mẹ 1 cho em") splits it up; it changes nothing.
  const explicitLine = (target.line !== null && !target.line.implied) || (target.unresolved !== null && !target.unresolved.implied);
  if (explicitLine && !correction && !more) return;
  if (more && !correction && (extraByUnit(cx, q) || moreOfSibling(cx, q))) return;
  // ("… thêm 1 cái 130 nữa" where no sibling of 130 was read: a bare number right after a count and its classifier is
  // no second amount to add; the reading cannot explain it, so ask.)
  if (more && q.unit === null && UNITS.get(cx.ts[q.start - 1])?.dim === 'count' && /^\d/.test(cx.ts[q.start - 2]?.low ?? '')) {
    cx.unresolved.push({ phrase: '', qty: q.value, candidates: [], implied: false });
    return;
  }
  fill(cx, target, q, correction ? 'set' : more ? 'add' : 'set');
}


/** The mention naming the most words of the catalog (the latest of equals), with one word read as written. */
function pastGoods(cx: ParseContext): Mention | undefined {
  let best: Mention | undefined;
  for (const m of cx.mentions) {
    if (!m.np.hits.some((h) => h.weight >= 1 && h.retoned !== true)) continue;
    if (best === undefined || m.np.hits.length >= best.np.hits.length) best = m;
  }
  return best;
}

/** Words before a number that make it part of an address. */
const ADDRESS_BEFORE = new WordSet(['số', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'nhà', 'phòng', 'tổ', 'thôn', 'xóm', 'ấp', 'khu', 'lô']);

/**
 * "tranh hoa giấy 40x60, 1 bức thôi ạ", "Ô mai me gói 200g, 4 gói": an amount alone, in the clause right after a
 * product phrase that went without one (neither placed nor asked about, in a clause that orders), is its amount.
 */
function amountAfterComma(cx: ParseContext, c: Clause, q: Quantity): boolean {
  if (c.more === true || cx.pendingCorrection) return false;
  const m = cx.mentions[cx.mentions.length - 1];
  // ("e muốn diều rồng loại dài nhất, 1 cái": a line of an implied one takes the amount too.)
  const impliedLine = m?.line?.implied === true;
  if (!m || (m.line !== null && !impliedLine) || m.unresolved !== null || m.asked || m.sentence !== c.sentence || m.np.end > q.start) return false;
  // Not a person's or a place's name before a house or hamlet number ("Nguyễn Thị Hoa - Thôn 3").
  // (A product's code, "XD20-DEN, 1 chiếc", is written in capitals too.)
  // (Nor the catalog's own capitalized names, "Trà Kim Tuyên 250g, 2 gói" of "Trà ô long Kim Tuyên gói 250g".)
  if ((m.np.allCaps && !m.np.hits.some((h) => h.concept.startsWith('sku:') || isProperNoun(cx.m, h.concept))) || ADDRESS_BEFORE.has(cx.ts[q.start - 1])) return false;
  const k = cx.clauses.indexOf(c);
  const prev = cx.clauses[k - 1];
  if (prev === undefined || prev.dead || m.np.start < prev.start || m.np.end > prev.end) return false;
  // The phrase is the only product of its clause: after "khăn đỏ trong set quà nhỏ" the amount may be the scarf's.
  if (cx.mentions.some((o) => o !== m && o.np.start >= prev.start && o.np.end <= prev.end)) return false;
  // Nothing else counted between the phrase and the amount.
  if (cx.events.some((e) => e.t === 'Q' && e.q !== q && e.q.start >= m.np.end && e.q.start < q.start)) return false;
  if (impliedLine) {
    fill(cx, m, q, 'set');
    return !m.line!.implied;
  }
  place(cx, m, q, false, false);
  return m.line !== null || m.unresolved !== null;
}

/** Words that open no noun phrase: verbs of giving and using, and adverbs ("biếu", "tặng", "mới đủ", "như thế"). */
const NOT_NOUNS = new WordSet(['biếu', 'tặng', 'mới', 'như', 'để', 'dùng', 'làm', 'vậy', 'thế', 'luôn', 'đủ', 'hết', 'rồi', 'nha', 'nhé']);

/** After a placed line, a phrase with no head noun, size or grade of the catalog that fits no product. */
function notAThing(cx: ParseContext, np: NounPhrase): boolean {
  if (cx.lines.length === 0) return false;
  // "2 cái biếu", "5 cái mới đủ": words the catalog does not know, opened by a word that is no noun.
  if (np.hits.length === 0) return NOT_NOUNS.has(cx.ts[np.start]);
  if (np.hits.some((h) => isHead(cx.m, h.concept) || namesVariant(cx.m, h.concept) || h.concept.startsWith('sku:'))) return false;
  const r = resolveConcepts(cx.m, np.hits, null, np.unknownAttr);
  return r.conflict || r.candidates.length === 0;
}




/** A colon follows token i in the clause, before any product phrase ("3 cái nhé: …"). */
function colonAfter(cx: ParseContext, i: number, c: Clause): boolean {
  for (let k = i; k < c.end; k++) {
    const t = cx.ts[k]!;
    if (t.kind === 'colon') return true;
    if (isWord(t) && !PARTICLES.has(t)) return false;
  }
  return false;
}

/**
 * "Giỏ quà có mật ong rừng 500ml, trâu gác bếp 250g, chè shan 200g đúng k shop? lấy e 3 giỏ", "Hôm trước chị mua 2
 * giỏ quà tết bên em, đẹp lắm. Năm nay chị lấy 3 giỏ nha": after a question or a past purchase that named goods, an
 * amount whose word heads or sells the one of them that is not the last named counts that one.
 */
function countedGoods(cx: ParseContext, q: Quantity, last: Mention): Mention {
  if (q.unitIdx < 0 || !last.asked) return last;
  const word = fold(cx.ts[q.unitIdx]!.low);
  const products = (m: Mention): readonly number[] => resolveConcepts(cx.m, m.np.hits, null, m.np.unknownAttr, headOf(cx, m.np)).candidates;
  const counted = (ps: readonly number[]): boolean => ps.length > 0 && ps.every((p) => unitOf(cx.m, p).key === word || headsProduct(cx.m, p, word));
  // (Not when the last named no goods of the shop, "tam đa có cỡ 60cm ko, e lấy 1 bộ": that still asks.)
  // (Nor when the last is only a size of what was asked about, "60cm".)
  const lastGoods = products(last);
  if (lastGoods.length === 0 || counted(lastGoods) || last.np.unknownAttr || last.np.hits.every((h) => h.concept.includes(':'))) return last;
  const asked = cx.mentions.filter((m) => m.asked && m.sentence === last.sentence && m !== last && counted(products(m)));
  return asked.length === 1 ? asked[0]! : last;
}
