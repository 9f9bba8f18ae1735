/**
 * Stage 3, quantities: a number, a number word or "x2" read in a clause, and what it counts. It may be a line's
 * amount, a size of the phrase before ("mắm thái 1kg x 3"), a price ("450k 1 hộp"), a house number, who the order
 * is for ("cho 2 bé"), or a classifier that turns out to head the product ("2 túi lụa").
 */
import { AND_A_HALF_WORDS, WordSet, MONEY_WORDS, ORDER_VERBS, PARTICLES, PRONOUNS, VERB_GLUE, CHO, COLOURS, EACH_HEAD, EACH_KIND, NEGATIONS, NON_PRODUCT_NOUNS, NUMBER_BLOCKERS, SIZE_WORDS } from './lexicon.ts';
import { headsOnlyAliasesOfOthers, isAttr, isHead, plainConcept, spelledAs, isRangeWord, isProductUnit, soldByCountWord, isProductUnitWord, productHas, productsOf, resolveConcepts, unitOf } from './matcher.ts';
import { isPackWord } from './packs.ts';
import type { ConceptHit } from './matcher.ts';
import { CAN, UNITS, isMultiplierWord, isTensOrDozens, isThousand, productUnit, readNumberToken, readQuantity } from './numbers.ts';
import { PIECE_WORDS } from './units.ts';
import type { Quantity } from './numbers.ts';
import { DIRECTIONS, EACH_EN, OF_EACH, PRICE_RE, ParseContext, STOCK_BLOCKERS, isWord, lookup, onlyColons, prevWord, onlyGlueBetween, quantityOf, pairEndsAt } from './context.ts';
import type { Clause, Event } from './context.ts';
import { continues } from './attributes.ts';
import { readNP } from './noun-phrase.ts';
import { better } from './better-reading.ts';
import { elidedSize, elidedSizeWord, listedMeasure } from './elided-sizes.ts';
import { namedSet } from './named-set.ts';
import { SHIP_VERBS } from './verb-words.ts';
import { perHead } from './per-head.ts';
import { FOR_WHOM } from './for-whom.ts';
import { containerOfAmount, kindAfterCount, sizeAfterCount } from './size-after-count.ts';
import { appositive } from './details.ts';

/** Verbs that "trước" after them makes ordering ahead (folded). */
const ORDER_AHEAD = new Set(['dat', 'order', 'book']);
/** Verbs that cut an amount down ("bớt còn 2", "giảm còn 6"). */
const CUT_TO = new Set(['bot', 'giam']);

/** What scan() has read of the clause so far. */
export interface ScanState {
  evs: Event[];
  /** where an order verb's object starts ("cho em | 2 hộp"): a phrase opening there is implied by the verb */
  impliedAt: number;
  /** where the words after "mỗi" end */
  eachEnd: number;
}

/**
 * Reads a quantity at `i` and pushes its events (the amount, then the phrase it counts); returns where scanning goes
 * on, or null when no quantity starts at `i`.
 */
/** Whether the word at `k` is a word of names of goods not sold by weight ("Nước mắm can 5 lít"), not "cân". */
function namesCans(cx: ParseContext, k: number): boolean {
  const h = lookup(cx, k);
  return h !== null && productsOf(cx.m, h.concept).some((p) => unitOf(cx.m, p).dim !== 'mass');
}

/** "29 Tết", "mùng 2 Tết": the days before Tết (15 to 30 of the last month) or its first days after "mùng". */
function dayOfTet(cx: ParseContext, i: number, q: Quantity): boolean {
  const tet = cx.ts[q.end];
  if (!isWord(tet) || tet.fold !== 'tet' || !Number.isInteger(q.value)) return false;
  const before = cx.ts[i - 1];
  const mung = isWord(before) && (before.fold === 'mung' || before.fold === 'mong');
  return mung ? q.value >= 1 && q.value <= 10 : q.value >= 15 && q.value <= 30;
}

export function quantityAt(cx: ParseContext, c: Clause, i: number, st: ScanState): number | null {
  const ts = cx.ts;
  const t = ts[i]!;
  const { evs, impliedAt, eachEnd } = st;
  const prev = prevWord(cx, c, i);
  let q = readQ(cx, c, i);
  // ("rượu 29 độ lấy 1 can 5 lít": "can" typed bare before a volume is a can, no kilogram, where no name has the word.)
  if (q && q.unit !== null && q.unit.dim === 'mass' && ts[q.unitIdx]?.low === 'can' && quantityOf(cx, q.end)?.unit?.dim === 'volume' && !namesCans(cx, q.unitIdx)) {
    q = { ...q, unit: CAN };
  }
  // "giao về 15 Trần Phú, Ba Đình", "quận Hai Bà Trưng": a number word written capitalized before another
  // capitalized word, past the opening of the message, is part of a place name.
  if (q && q.words && t.cap && i > 0 && isWord(ts[i + 1]) && ts[i + 1]!.cap && lookup(cx, i + 1)?.weight !== 1) q = null;
  // ("giao 29 Tết nhé", "28 Tết em qua lấy", "mùng 2 Tết": a day of Tết, no amount of goods.)
  if (q && q.unit === null && !q.x && !q.label && dayOfTet(cx, i, q)) return q.end + 1;
  // "lịch 2026", "mã 4521": four digits with no unit are a year, a model or a code; nobody chats 2026 of a thing.
  // (Not "2 vạn cá giống", a count multiplied up to it.)
  if (q && q.unit === null && !q.words && !q.multiplied && q.value >= 1000) q = null;
  // ("sđt 0123 không dùng nữa": digits opening with a zero, three or more, are part of a phone number or a code.)
  if (q && !q.words && /^0\d{2,}$/.test(t.low)) q = null;
  // ("1 van ro phi", "tre vang 1 van con": typed bare, "vạn" is ten thousand, as fry are counted, where the catalog
  // has no "van" of its own, a valve.)
  const tenThousand = q && q.unit === null && !q.multiplied && !q.x ? ts[q.end] : undefined;
  if (q && isWord(tenThousand) && !tenThousand.accented && tenThousand.fold === 'van' && lookup(cx, q.end) === null &&
    (lookup(cx, q.end + 1) !== null || UNITS.get(ts[q.end + 1])?.dim === 'count' || !isWord(ts[q.end + 1]))) {
    const un = UNITS.get(ts[q.end + 1]);
    q = un?.dim === 'count' ? { ...q, value: q.value * 10000, multiplied: true, unit: un, unitIdx: q.end + 1, end: q.end + 2 } : { ...q, value: q.value * 10000, multiplied: true, end: q.end + 1 };
  }
  // "3 bánh xà phòng" in a shop that sells soap by the "bánh": the catalog's own units are classifiers too.
  const after = q && q.unit === null && !q.x ? ts[q.end] : undefined;
  // ("60 ngàn con" where the shop writes "nghìn con": a thousand before a count classifier counts pieces, not money.)
  // ("2 ngàn rưỡi viên gạch", "cho một ngàn rưỡi ngói", "ngoi mui hai 1 ngan ruoi": a thousand and a half, before a
  // classifier, the goods or nothing, counts pieces too; not before a count or after "giá": "giá 2 ngàn rưỡi 1 viên".)
  const thousand = isWord(after) && isThousand(after.fold);
  const half = thousand && AND_A_HALF_WORDS.has(ts[q!.end + 1]);
  const counted = thousand ? ts[q!.end + (half ? 2 : 1)] : undefined;
  // ("lấy 3 ngàn gạch ống": before goods the catalog heads by that word, thousands of them, no price.)
  const goodsAfter = thousand && !half && prev?.fold !== 'gia' && isHead(cx.m, lookup(cx, q!.end + 1)?.concept ?? '');
  const thousandOf = thousand && (UNITS.get(counted)?.dim === 'count' || goodsAfter ||
    (half && prev?.fold !== 'gia' && !/^\d/.test(counted?.low ?? '') && (!isWord(counted) || lookup(cx, q!.end + 2) !== null || PARTICLES.has(counted))));
  if (q && isWord(after) && UNITS.get(after) === undefined && (isProductUnitWord(cx.m, after) || isPackWord(cx.m, after.fold) || thousandOf) &&
    !pairEndsAt(cx, q.end + 1)) {
    q = thousandOf && half ? { ...q, value: q.value + 0.5, unit: productUnit(after.low), unitIdx: q.end, end: q.end + 2 } :
      { ...q, unit: productUnit(after.low), unitIdx: q.end, end: q.end + 1 };
    // ("5 nghìn con rô phi" beside fry sold by the "nghìn con" and by the "con": thousands of pieces, the pieces'
    // classifier said after them.)
    // (As the shop's own unit when it sells so, "3 nghìn viên gạch ống" of bricks by the "nghìn viên".)
    const piece = ts[q.end];
    if (isThousand(q.unit!.key) && UNITS.get(piece)?.dim === 'count') {
      const own = productUnit(`${after.low} ${piece!.low}`);
      q = { ...q, unit: cx.m.products.some((_, p) => unitOf(cx.m, p).key === own.key) ? own : q.unit, end: q.end + 1 };
    }
  }
  // "nam huong 2 lang": a number word ("năm") that goes on a product phrase with the next word is the product's.
  if (q && q.words && q.unit === null && !q.label && !q.x) {
    const h = lookup(cx, i);
    if (h !== null && continues(cx, h, q.end)) q = null;
  }
  // "Nhà e 5 người, mỗi người 1 gói": the amount is per each of what was counted before (per-head.ts).
  const times = q ? perHead(cx, i, evs) : 1;
  if (q && times > 1) q = { ...q, value: q.value * times };
  const sized = q ? sizeBeforeCount(cx, c, q, evs) : false;
  if (sized) {
    // "mắm thái 1kg x 3", "nước mắm 500ml 6 chai": a measure followed by a count is the size of the product named
    // just before; the count is the quantity.
    return q!.end;
  }
  if (q) {
    // A blocker word ("to", "số") that ends a product phrase ("bat to 4c" = "bát tô") is the product's, not a blocker.
    const lastEv = evs[evs.length - 1];
    // ("Chum to: 1": only a colon between them.)
    const prevInProduct = lastEv !== undefined && lastEv.t === 'NP' && onlyColons(cx, lastEv.np.end, i);
    // ("xanh duong 2 cai": "dương" after a colour is its shade, not "đường", a street.)
    const shade = prev !== undefined && !prev.accented && COLOURS.has(ts[i - 2]);
    // ("giao đến 12 Nguyễn Huệ", "ship về 45 Lê Lợi": a house number after a delivery verb and its direction.)
    const houseNumber = prev !== undefined && DIRECTIONS.has(prev) && SHIP_VERBS.has(ts[i - 2]) && !q.unit && ts[q.end]?.cap === true;
    // ("ship 2 cốc sinh tố", "gửi về 2 gói trà": goods after "ship" or "về" are shipped, not a fee, a day or a house
    // number; an address was taken out before (address-span.ts).)
    const after = lookup(cx, q.end);
    const shipsGoods = prev !== undefined && (prev.fold === 'ship' || prev.fold === 've') && after !== null && (q.unit?.dim === 'count' || isHead(cx.m, after.concept));
    // ("Cô ơi cho con 2 tô": in a message typed with diacritics a bare "con" is the pronoun, not "còn".)
    const blocker = prev !== undefined && (prev.inAccented === true && !prev.accented ? NUMBER_BLOCKERS.hasCatalogText(prev.low, true) : NUMBER_BLOCKERS.has(prev));
    // ("lấy hết 3 đôi sneaker trắng 39", "vậy lấy hết 50 cái khăn": after an order verb, "hết" is "all of", and the
    // number is how many that is.)
    const allOf = prev !== undefined && prev.fold === 'het' && isWord(ts[i - 2]) && ORDER_VERBS.has(ts[i - 2]!);
    // ("đặt trước 15 ổ thập cẩm", "e dat truoc 20 hop qua lon": "trước" after "đặt" is ordering ahead, no "before" of
    // a date; "ship trước 25 tết" still is.)
    const ahead = prev !== undefined && prev.fold === 'truoc' && isWord(ts[i - 2]) && ORDER_AHEAD.has(ts[i - 2]!.fold);
    // ("cho chi nua can sa sung": typed bare, "chi" after "cho" is "chị", the customer, no "chỉ" (only) blocking the amount.)
    // (Or after "giúp", "hộ": "lay giup chi 4 cap ca".)
    const pronoun = prev !== undefined && !prev.accented && PRONOUNS.has(prev) && isWord(ts[i - 2]) &&
      (CHO.has(ts[i - 2]!) || ORDER_VERBS.has(ts[i - 2]!) || VERB_GLUE.has(ts[i - 2]!));
    // ("Homestay em có 8 phòng, lấy mỗi phòng 1 thảm": after "mỗi" + a noun counted before, the number is the amount
    // for each, no room number; only as the message's first amount: "lấy 3 đèn, mỗi tầng 1 cái" says how they are shared.)
    const perEach = prev !== undefined && EACH_HEAD.has(ts[i - 2]) && cx.lines.length === 0 && !evs.some((e) => e.t === 'Q') && times > 1;
    // ("khạp rồng 3 cái, à thôi bớt còn 2 cái": "còn" after "bớt", "giảm" is what is left of the amount, no stock.)
    // (Typed bare, "bot" is as often "bột", flour: "bot con 2 goi ko" asks for stock.)
    // ("bớt lại còn 1 ký rưỡi": "lại" between them too.)
    const cutVerb = ts[i - 2]?.fold === 'lai' ? ts[i - 3] : ts[i - 2];
    const cutTo = prev !== undefined && prev.fold === 'con' && isWord(cutVerb) && CUT_TO.has(cutVerb.fold) && (cutVerb.accented || cutVerb.fold === 'giam');
    const blocked = prev !== undefined && (blocker || houseNumber) && !allOf && !ahead && !pronoun && !shipsGoods && !prevInProduct && !shade && !perEach && !cutTo && !q.label && !q.x && eachEnd !== i;
    // "450k 1 hộp", "250k/chiếc": a price per unit, not an order line.
    // ("150 nghìn 1 hộp": a price written with its money word.)
    // ("140k x 2": a price times a count is the count ordered.)
    // (Not "lắc tay nữ 18k 2 chiếc" where the shop sells "vàng 18K": a word of the catalog's names is no price.)
    // (Not a count the product's name carries, "túi dụng cụ 6 ngăn 1 cái" typed bare: "6 ngan" there is no 6,000 đồng.)
    const perUnit = !q.x && prev !== undefined && !prevInProduct && ((PRICE_RE.test(prev.low) && lookup(cx, i - 1) === null) || (MONEY_WORDS.has(prev) && /^\d/.test(ts[i - 2]?.low ?? '')));
    // ("giày size 37 chứ ko phải 38", "ko phải 2": a number the customer rules out is no amount.)
    const ruledOut = prev !== undefined && prev.fold === 'phai' && NEGATIONS.has(ts[i - 2]);
    const stock = (blocked && STOCK_BLOCKERS.has(prev)) || perUnit || ruledOut;
    const next = ts[q.end];
    // "2 chiếu trẻ em cho 2 bé nhà mình": after an order line, "cho" + a count of people names who it is for.
    // ("1 cần tre 3m6, 1 cần tre 4m5 cho 2 bố con": people too.)
    const forPeople = !q.unit && prev !== undefined && CHO.has(prev) && (NON_PRODUCT_NOUNS.has(next) || FOR_WHOM.has(next)) && evs.some((e) => e.t === 'NP');
    // ("sl 4 loại 250k ấy": an amount the customer labelled is the amount, whatever noun follows it; "…size M và 2
    // size S": a size word after it opens the sibling counted, below.)
    // ("bé 5 tuổi" where names say "(3-6 tuổi)": a value in a range, not an amount; range-fit.ts reads it.)
    const rangeValue = !q.unit && !q.label && isWord(next) && isRangeWord(cx.m, next.fold);
    if ((blocked && !stock) || forPeople || rangeValue || (!q.unit && !q.label && NON_PRODUCT_NOUNS.has(next) && !SIZE_WORDS.has(next) && lookup(cx, q.end) === null)) {
      return rangeValue ? q.end + 1 : q.end;
    }
    let np = readNP(cx, c, q.end, true);
    // "2 trà sữa L, 1 thêm pudding": a count, then "thêm" and a product, counts that product.
    if (np === null && isWord(ts[q.end]) && ts[q.end]!.fold === 'them' && lookup(cx, q.end + 1) !== null) {
      np = readNP(cx, c, q.end + 1, true);
      if (np !== null) np = { ...np, start: q.end };
    }
    // "à không 3 cái nha": a particle after the amount is no unknown product; the amount stands alone.
    if (np !== null && np.hits.length === 0 && ts.slice(np.start, np.end).every((w) => !isWord(w) || PARTICLES.has(w))) np = null;
    // ("thêm 1 cái số 1 nữa": so does one read as a phrase of no head noun, the number left to "1 nữa".)
    if (SIZE_WORDS.has(ts[q.end]) && (ts[q.end]!.accented || ts[q.end]!.fold !== 'co') &&
      (np === null || np.hits.length === 0 || np.headUnknown || !np.hits.some((h) => isHead(cx.m, h.concept)))) {
      // "2 heo cỡ lớn với 1 cỡ nhỏ": a size word after a quantity goes on the product named before.
      const sized = elidedSizeWord(cx, q.end, evs);
      if (sized !== null) np = sized;
    }
    const setNamed = !np ? namedSet(cx, c, q) : null;
    if (setNamed !== null) {
      // "đặt 1 set 10 cốc" for "Chè mix 10 cốc" (alias "set 10 cốc"): the classifier and its count name the set.
      q.unit = null;
      q.end = q.unitIdx;
      q.unitIdx = -1;
      np = setNamed;
    }
    if (!np && q.unit !== null && q.unit.dim === 'count' && q.unitIdx >= 0 && !q.x && !q.label) {
      // "1 thùng 12 chai nước mắm": an outer pack and what it holds; the line counts the inner units unless the
      // product is sold by the outer one.
      const inner = readQ(cx, c, q.end);
      // (Not "30 miếng 1 bịch", "30 viên 2 lọ": single pieces first are what the pack after them holds, no outer pack.)
      if (inner && inner.unit !== null && inner.unit.dim === 'count' && inner.unitIdx >= 0 && inner.unit.key !== q.unit.key && !inner.words &&
        !SINGLE_PIECES.has(ts[q.unitIdx])) {
        const outer = { ...q };
        Object.assign(q, { ...inner, start: q.start, value: q.value * inner.value, multiplied: false, outer });
        np = readNP(cx, c, q.end, true);
      }
    }
    const unitHit = q.unitIdx >= 0 ? lookup(cx, q.unitIdx) : null;
    // "2 lang hoa may" typed bare: "lẵng" (a basket) heading the product, not "lạng" (a weight), when the products
    // it names are not sold by weight; so is a word the catalog spells just so ("1 tạ 3kg" in a gym selling "Tạ bọc
    // cao su 3kg" by the piece, not 100 kg).
    const unitWord = q.unitIdx >= 0 ? ts[q.unitIdx]! : null;
    const nounNotUnit =
      unitHit !== null && q.unit !== null && q.unit.dim !== 'count' && (!unitWord!.accented || spelledAs(cx.m, unitWord!.low)) && isHead(cx.m, unitHit.concept) &&
      continues(cx, unitHit, q.unitIdx + 1) &&
      productsOf(cx.m, unitHit.concept).every((p) => unitOf(cx.m, p).dim !== q.unit!.dim);
    if (q.unitIdx >= 0 && q.unit && (q.unit.dim === 'count' || nounNotUnit) && unitHit !== null) {
      // "2 túi lụa": "túi" is the product's noun, not a classifier, when that reads better.
      const alt = readNP(cx, c, q.unitIdx, true);
      const unitConcept = lookup(cx, q.unitIdx)!.concept;
      // A container the shop sells by ("3 chai nước mắm") stays a classifier unless it heads a product's name
      // (an alias such as "chai lăn tràm" for a roll-on sold by the cây does not make "2 chai dầu tràm" name it).
      const sold = isProductUnit(cx.m, ts[q.unitIdx]!.fold);
      const head = isHead(cx.m, unitConcept) && !(sold && headsOnlyAliasesOfOthers(cx.m, unitConcept, q.unit.key));
      // ("200 nén nhang" where incense is sold "bó 100 nén": a word the packs count stays a classifier.)
      // ("nỉ dán chân ghế 32 miếng" of "Miếng dán chân bàn ghế (túi 16 miếng)": after a phrase whose products' packs
      // count that very word, it counts pieces, though it also heads the name.)
      const sellingUnit = (!head && (sold || isPackWord(cx.m, ts[q.unitIdx]!.fold))) || piecesOfPhraseBefore(cx, evs, q.unitIdx);
      // "2 hộp" where products are sold by the box and one is also named "hộp quà": the word alone is the
      // classifier (it refers back); it names that product only when it reads better with more words.
      const soldIn = head && sold && (np !== null ? !better(cx.m, alt ?? np, np, q.unit) : (alt?.hits.length ?? 0) < 2);
      if (alt && !sellingUnit && !soldIn && (!np || alt.end >= np.end) && (head || nounNotUnit || better(cx.m, alt, np, q.unit))) {
        // ("1 met 2 nguoi": a tenth read after the word, "1 mét 2", goes with it; the count is the number before it.)
        const own = q.unitIdx > q.start ? readNumberToken(ts[q.unitIdx - 1]!.low) : null;
        if (own !== null && own.kind === 'num' && own.unit === null && q.end > q.unitIdx + 1) q.value = own.value;
        q.unit = null;
        q.end = q.unitIdx;
        q.unitIdx = -1;
        np = alt;
      }
    }
    const filled = containerOfAmount(cx, c, q, np);
    if (filled !== null) {
      Object.assign(q, filled.q);
      np = filled.np;
    }
    if (np !== null && (sizeAfterCount(cx, evs, q, np) || kindAfterCount(cx, evs, q, np))) {
      evs.push({ t: 'Q', q, dead: stock, each: false, classifierOnly: false });
      return q.end;
    }
    if (!q.measure && np !== null && np.hits.length > 0 && !np.hits.some((h) => isHead(cx.m, h.concept))) {
      // "lọ hoa 45 phân đỏ 1, 30 phân đen 1": a second size of the goods before, with the word that tells them apart.
      const sized = listedMeasure(cx, c, q, evs);
      if (sized !== null) {
        // (The colour or size of the goods before gives way to the one said here.)
        const said = np.hits.some((h) => isAttr(cx.m, plainConcept(h.concept)));
        if (said) sized.hits = sized.hits.filter((h) => !isAttr(cx.m, plainConcept(h.concept)));
        sized.hits.push(...np.hits);
        sized.end = np.end;
        sized.implied = impliedAt === i;
        evs.push({ t: 'NP', np: sized });
        return np.end;
      }
    }
    if (q.measure && np && !np.headUnknown && np.start === q.end) {
      // "chiếu 1m6" written as "1m6 chiếu": a size of the product, not a length to buy.
      const hit: ConceptHit = { concept: q.measure, weight: 1 };
      // ("10kg cam vinh loại 1" beside "Thùng cam Vinh loại 1 10kg": when the phrase names goods sold by that measure,
      // the measure is how much of them, not the size of the box.)
      // (Not when a count follows, "500g phở khô lấy 6 gói", nor when the phrase names no kind of goods, "1m6 trắng".)
      const loose = q.unit !== null && np.hits.length > 0 && isHead(cx.m, np.hits[0]!.concept) && !amountAfter(cx, c, np.end) &&
        resolveConcepts(cx.m, np.hits, q.unit, np.unknownAttr).candidates.some((p) => unitOf(cx.m, p).dim === q.unit!.dim);
      if (productsOf(cx.m, q.measure).length > 0 && !loose) {
        const withSize = resolveConcepts(cx.m, [...np.hits, hit], null, false);
        if (withSize.candidates.every((p) => productHas(cx.m, p, q.measure!))) {
          np.hits.push(hit);
          np.start = i;
          np.implied = impliedAt === i;
          evs.push({ t: 'NP', np });
          return np.end;
        }
      }
    }
    if (!np && !q.x && !q.label) {
      const sized = q.measure ? elidedSize(cx, q, evs) : listedMeasure(cx, c, q, evs);
      if (sized) {
        sized.implied = impliedAt === i && !appositive(cx, i);
        evs.push({ t: 'NP', np: sized });
        return q.end;
      }
    }
    // A number in words with no unit and nothing after it is too weak to be an amount ("một mình", "hai đứa"),
    // except a count of tens or dozens after a phrase ("chuông nhựa hai chục", "vở ô ly nửa chục"): nobody names
    // goods so; or right after "mỗi loại" ("nồi 20cm với chảo 24cm, mỗi loại một").
    const afterEach = eachEnd === i && evs[evs.length - 1]?.t === 'EACH';
    // (Nor after "số lượng": "bình xanh ngọc 30 nhé, số lượng hai" labels the amount.)
    // (Nor an English count right after a verb of wanting that closes its clause: "Do you have straw hats? I'd like two".)
    if (q.words && !q.unit && !q.label && (!np || np.hits.length === 0) && !(np === null && tensAfterPhrase(cx, evs, q, impliedAt)) && !(np === null && afterEach) &&
      !(np === null && wantedCount(cx, c, i, q.end))) {
      return q.end;
    }
    let each = evs.length > 0 && evs[evs.length - 1]!.t === 'EACH';
    // ("bình rượu 2l và 5l mỗi loại 3 bình": after "mỗi", the one head noun of the goods named before counts them again.)
    const counted = np !== null && np.end === np.start + 1 && np.hits.length === 1 ? np.hits[0]!.concept : null;
    if (each && counted !== null && (evs.some((e) => e.t === 'NP' && e.np.hits[0]?.concept === counted) || cx.mentions.some((m) => m.np.hits[0]?.concept === counted))) {
      q.end = np!.end;
      np = null;
    }
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
    return end;
  }
  return null;
}

export function readQ(cx: ParseContext, c: Clause, i: number): Quantity | null {
  let q = quantityOf(cx, i);
  if (q?.multiplied) {
    // "lay 1 tram tron": typed bare, a multiplier word ("trăm") that heads a product the next word goes on naming
    // ("trâm trơn") is that product; the number before it is the count.
    for (let k = q.start + 1; k < q.end; k++) {
      const h = isMultiplierWord(cx.ts[k]) && !cx.ts[k]!.accented ? lookup(cx, k) : null;
      if (h !== null && isHead(cx.m, h.concept) && continues(cx, h, k + 1)) {
        q = readQuantity(cx.ts.slice(0, k), i, cx.en);
        break;
      }
    }
  }
  if (!q || q.end > c.end) return null;
  if (q.value <= 0) return null;
  // ("chậu 45 lấy 3, 4 cái gì đó": an amount "or so" is left open, vague-amount.ts.)
  if (c.something === true) q.vague = true;
  const ut = q.unitIdx >= 0 ? cx.ts[q.unitIdx]! : null;
  // A unit typed bare that also names what the shop sells by counts that too; the product decides: "1 can" is "cân"
  // (kg) or a can, "them tai 2 phan" is "phân" (centimetres) or "phần" (portions).
  if (ut !== null && q.unit !== null && !ut.accented && !q.multiplied &&
    ((q.unit.key !== ut.fold && isProductUnit(cx.m, ut.fold) && productUnit(ut.low).dim === 'count') || (q.unit.dim !== 'count' && soldByCountWord(cx.m, ut.fold)))) {
    q.alt = { dim: 'count', factor: 1, key: ut.fold };
  }
  return q;
}

/**
 * "xà phòng cà phê 3 bánh" when a gift set is named "Bộ 3 bánh …": after a phrase whose products are sold by the
 * word that follows the number, the number counts them.
 */
export function unitOfPhraseBefore(cx: ParseContext, evs: readonly Event[], unitAt: number): boolean {
  const w = cx.ts[unitAt];
  const ps = isWord(w) ? productsOfPhraseBefore(cx, evs) : null;
  return ps !== null && ps.every((p) => unitOf(cx.m, p).key === w!.fold);
}

/** The products of the phrase right before are all packs that count the word at unitAt ("túi 16 miếng"). */
function piecesOfPhraseBefore(cx: ParseContext, evs: readonly Event[], unitAt: number): boolean {
  const w = cx.ts[unitAt];
  const ps = isWord(w) ? productsOfPhraseBefore(cx, evs) : null;
  return ps !== null && ps.every((p) => productHas(cx.m, p, `packword:${w!.fold}`));
}

/** The products the phrase right before names (the last event of the clause), or null when there are none. */
function productsOfPhraseBefore(cx: ParseContext, evs: readonly Event[]): readonly number[] | null {
  const last = evs[evs.length - 1];
  if (last === undefined || last.t !== 'NP' || last.np.hits.length === 0) return null;
  const r = resolveConcepts(cx.m, last.np.hits, null, last.np.unknownAttr);
  return r.candidates.length > 0 ? r.candidates : null;
}

/**
 * A measure right after a product phrase and right before a count ("1kg x 3", "500ml 6 chai", "1kg 2 hũ"), where
 * some product the phrase names carries that measure in its name: the measure goes on the phrase as its size.
 */
function sizeBeforeCount(cx: ParseContext, c: Clause, q: Quantity, evs: Event[]): boolean {
  if (q.measure === null || q.x || q.label) return false;
  const last = evs[evs.length - 1];
  if (last === undefined || last.t !== 'NP' || last.np.end !== q.start || last.np.hits.length === 0) return false;
  // ("Chè lam gừng 200g: 3 gói", "mắm tép 400g lấy 2 hũ": a colon or an order verb may stand between them.)
  let k = q.end;
  while (k < c.end && k < q.end + 3 && !/^\d/.test(cx.ts[k]!.low) && onlyGlueBetween(cx, k, k + 1)) k++;
  const next = quantityOf(cx, k);
  if (next === null || next.end > c.end || next.measure !== null || (next.unit !== null && next.unit.dim !== 'count')) return false;
  if (k > q.end && next.unit === null) return false;
  const r = resolveConcepts(cx.m, last.np.hits, null, last.np.unknownAttr);
  if (!r.candidates.some((p) => productHas(cx.m, p, q.measure!))) return false;
  last.np.hits.push({ concept: q.measure, weight: 1 });
  last.np.end = q.end;
  return true;
}

/** A number comes later in the clause, from k on. */
function amountAfter(cx: ParseContext, c: Clause, k: number): boolean {
  for (let j = k; j < c.end; j++) if (isWord(cx.ts[j]) && quantityOf(cx, j) !== null) return true;
  return false;
}

/**
 * The amount is a count of tens or dozens ("hai chục", "nửa chục", "một tá") right after a product phrase, or after
 * it and an order verb ("cây ớt chỉ thiên lấy nửa chục").
 */
function tensAfterPhrase(cx: ParseContext, evs: Event[], q: Quantity, impliedAt: number): boolean {
  const last = evs[evs.length - 1];
  // ("đặt quạt nan: hai chục": a colon between them too.)
  if (last === undefined || last.t !== 'NP' || (!onlyColons(cx, last.np.end, q.start) && impliedAt !== q.start)) return false;
  for (let k = q.start; k < q.end; k++) if (isTensOrDozens(cx.ts[k])) return true;
  return false;
}

/** Classifiers of single pieces, and stems and blooms, which hold nothing ("30 miếng 1 bịch" is what one bag holds). */
const SINGLE_PIECES = new WordSet([...PIECE_WORDS, 'cành', 'bông']);

/**
 * English verbs of wanting right before a count: "I'd like two", "I'll take one". (Not the lexicon's ORDER_VERBS: "have",
 * "send" or "give" before a count closing the clause says no amount wanted.)
 */
const WANT_EN = new Set(['like', 'take', 'want', 'need', 'get', 'buy', 'order']);

/** In English, the count at i follows a verb of wanting and closes its clause, but for a word of courtesy. */
function wantedCount(cx: ParseContext, c: Clause, i: number, end: number): boolean {
  if (!cx.en || !WANT_EN.has(cx.ts[i - 1]?.low ?? '')) return false;
  for (let k = end; k < c.end; k++) if (isWord(cx.ts[k]) && !PARTICLES.has(cx.ts[k])) return false;
  return true;
}
