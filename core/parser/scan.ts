/**
 * Stage 3: scans one clause into events: quantities (with classifiers and units), product phrases, "mỗi loại"
 * and corrections, in message order.
 */
import { MONEY_WORDS, MORE_WORDS, PARTICLES, CHO, COLOURS, CORRECTION_WORDS, EACH_HEAD, EACH_KIND, NEG_FINAL, NON_PRODUCT_NOUNS, NUMBER_BLOCKERS, ORDER_VERBS, PRONOUNS, SIZE_WORDS, VERB_GLUE, GIFT, PURPOSE_VERBS } from './lexicon.ts';
import { headsOnlyAliasesOfOthers, isHead, isProductUnit, soldByCountWord, isProductUnitWord, productHas, productsOf, resolveConcepts, unitOf, isPackWord } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import { BARE_CLASSIFIERS, UNITS, isMultiplierWord, productUnit, readQuantity } from './numbers.ts';
import type { Quantity } from './numbers.ts';
import { DIRECTIONS, EACH_EN, OF_EACH, PRICE_RE, ParseContext, STOCK_BLOCKERS, isEllipsis, isWord, lookup, onlyColons, prevWord, onlyGlueBetween } from './context.ts';
import type { Clause, Event } from './context.ts';
import { continues, nameAttr } from './attributes.ts';
import { isVerbAt, wordsStart } from './clauses.ts';
import { restatesAmount } from './clause-remarks.ts';
import { better, readNP } from './noun-phrase.ts';
import { countThenSize, elidedAttribute, letterSizeInList } from './elided-head.ts';
import { elidedGrade, elidedSize, elidedSizeWord, gradeFirst, phraseBefore, sizeFirst } from './elided-sizes.ts';
import { namedSet } from './named-set.ts';
import { EN_PRONOUNS, SHIP_VERBS, verbLike } from './verb-words.ts';
import { perHead } from './per-head.ts';
import { FOR_WHOM, asideAt } from './asides.ts';

export function scan(cx: ParseContext, c: Clause): Event[] {
  const ts = cx.ts;
  const evs: Event[] = [];
  let impliedAt = -1;
  let eachEnd = -1;
  // "…rồi, giờ lấy thêm 3 bó": the "now" marker that opens the clause is no product word ("Nhang vòng 24 giờ").
  let i = wordsStart(cx, c);
  while (i < c.end) {
    const t = ts[i]!;
    const aside = asideAt(cx, i, evs);
    if (aside > 0) {
      i += aside;
      continue;
    }
    if (!isWord(t)) {
      i++;
      continue;
    }
    if (PURPOSE_VERBS.has(t) && isWord(ts[i + 1]) && GIFT.has(ts[i + 1])) {
      // "… làm quà tân gia", "gói quà giúp e": what the order is for, or how to wrap it; the rest of the clause
      // names no goods.
      break;
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
        if (PRONOUNS.has(u) || VERB_GLUE.has(u) || ORDER_VERBS.has(u) || CHO.has(u)) {
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
    if (/^\d/.test(t.low) && nameAttr(cx, i, null)?.concept && !unitOfPhraseBefore(cx, evs, i + 1)) {
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
    let q = readQ(cx, c, i);
    // "giao về 15 Trần Phú, Ba Đình", "quận Hai Bà Trưng": a number word written capitalized before another
    // capitalized word, past the opening of the message, is part of a place name.
    if (q && q.words && t.cap && i > 0 && isWord(ts[i + 1]) && ts[i + 1]!.cap && lookup(cx, i + 1)?.weight !== 1) q = null;
    // "lịch 2026", "mã 4521": four digits with no unit are a year, a model or a code; nobody chats 2026 of a thing.
    if (q && q.unit === null && !q.words && q.value >= 1000) q = null;
    // "3 bánh xà phòng" in a shop that sells soap by the "bánh": the catalog's own units are classifiers too.
    const after = q && q.unit === null && !q.x ? ts[q.end] : undefined;
    if (q && isWord(after) && UNITS.get(after) === undefined && (isProductUnitWord(cx.m, after) || isPackWord(cx.m, after.fold)) &&
      !(isWord(ts[q.end + 1]) && productsOf(cx.m, after.fold + ts[q.end + 1]!.fold).length > 0)) {
      q = { ...q, unit: productUnit(after.low), unitIdx: q.end, end: q.end + 1 };
    }
    // "nam huong 2 lang": a number word ("năm") that goes on a product phrase with the next word is the product's.
    if (q && q.words && q.unit === null && !q.label && !q.x) {
      const h = lookup(cx, i);
      if (h !== null && continues(cx, h, q.end)) q = null;
    }
    // "Nhà e 5 người, mỗi người 1 gói": the amount is per each of what was counted before (per-head.ts).
    const times = q ? perHead(cx, i) : 1;
    if (q && times > 1) q = { ...q, value: q.value * times };
    const sized = q ? sizeBeforeCount(cx, c, q, evs) : false;
    if (sized) {
      // "mắm thái 1kg x 3", "nước mắm 500ml 6 chai": a measure followed by a count is the size of the product named
      // just before; the count is the quantity.
      i = q!.end;
      continue;
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
      const blocked = prev !== undefined && (blocker || houseNumber) && !shipsGoods && !prevInProduct && !shade && !q.label && !q.x && eachEnd !== i;
      // "450k 1 hộp", "250k/chiếc": a price per unit, not an order line.
      // ("150 nghìn 1 hộp": a price written with its money word.)
      // ("140k x 2": a price times a count is the count ordered.)
      const perUnit = !q.x && prev !== undefined && (PRICE_RE.test(prev.low) || (MONEY_WORDS.has(prev) && /^\d/.test(ts[i - 2]?.low ?? '')));
      const stock = (blocked && STOCK_BLOCKERS.has(prev)) || perUnit;
      const next = ts[q.end];
      // "2 chiếu trẻ em cho 2 bé nhà mình": after an order line, "cho" + a count of people names who it is for.
      // ("1 cần tre 3m6, 1 cần tre 4m5 cho 2 bố con": people too.)
      const forPeople = !q.unit && prev !== undefined && CHO.has(prev) && (NON_PRODUCT_NOUNS.has(next) || FOR_WHOM.has(next)) && evs.some((e) => e.t === 'NP');
      if ((blocked && !stock) || forPeople || (!q.unit && NON_PRODUCT_NOUNS.has(next) && lookup(cx, q.end) === null)) {
        i = q.end;
        continue;
      }
      let np = readNP(cx, c, q.end, true);
      // "2 trà sữa L, 1 thêm pudding": a count, then "thêm" and a product, counts that product.
      if (np === null && isWord(ts[q.end]) && ts[q.end]!.fold === 'them' && lookup(cx, q.end + 1) !== null) {
        np = readNP(cx, c, q.end + 1, true);
        if (np !== null) np = { ...np, start: q.end };
      }
      // "à không 3 cái nha": a particle after the amount is no unknown product; the amount stands alone.
      if (np !== null && np.hits.length === 0 && ts.slice(np.start, np.end).every((w) => !isWord(w) || PARTICLES.has(w))) np = null;
      if ((np === null || np.hits.length === 0 || np.headUnknown) && SIZE_WORDS.has(ts[q.end]) && (ts[q.end]!.accented || ts[q.end]!.fold !== 'co')) {
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
        if (inner && inner.unit !== null && inner.unit.dim === 'count' && inner.unitIdx >= 0 && inner.unit.key !== q.unit.key && !inner.words) {
          const outer = { ...q };
          Object.assign(q, { ...inner, start: q.start, value: q.value * inner.value, multiplied: false, outer });
          np = readNP(cx, c, q.end, true);
        }
      }
      const unitHit = q.unitIdx >= 0 ? lookup(cx, q.unitIdx) : null;
      // "2 lang hoa may" typed bare: "lẵng" (a basket) heading the product, not "lạng" (a weight), when the products
      // it names are not sold by weight.
      const nounNotUnit =
        unitHit !== null && q.unit !== null && q.unit.dim !== 'count' && !ts[q.unitIdx]!.accented && isHead(cx.m, unitHit.concept) &&
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
        const sellingUnit = !head && (sold || isPackWord(cx.m, ts[q.unitIdx]!.fold));
        // "2 hộp" where products are sold by the box and one is also named "hộp quà": the word alone is the
        // classifier (it refers back); it names that product only when it reads better with more words.
        const soldIn = head && sold && (np !== null ? !better(cx.m, alt ?? np, np, q.unit) : (alt?.hits.length ?? 0) < 2);
        if (alt && !sellingUnit && !soldIn && (!np || alt.end >= np.end) && (head || nounNotUnit || better(cx.m, alt, np, q.unit))) {
          q.unit = null;
          q.end = q.unitIdx;
          q.unitIdx = -1;
          np = alt;
        }
      }
      if (q.measure && np && !np.headUnknown && np.start === q.end) {
        // "chiếu 1m6" written as "1m6 chiếu": a size of the product, not a length to buy.
        const hit: ConceptHit = { concept: q.measure, weight: 1 };
        if (productsOf(cx.m, q.measure).length > 0) {
          const withSize = resolveConcepts(cx.m, [...np.hits, hit], null, false);
          if (withSize.candidates.every((p) => productHas(cx.m, p, q.measure!))) {
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
        const sized = elidedSize(cx, q, evs);
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
      const np = readNP(cx, c, i + 1, false);
      const asNoun = lookup(cx, i) !== null ? readNP(cx, c, i, false) : null;
      if (np && np.hits.length > 0 && !(asNoun && better(cx.m, asNoun, np, null))) {
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
    if (lookup(cx, i) !== null && verbLike(cx, i)) {
      // "Bán cho em 3 lít rượu nếp", "đong cho chú 5 lít", "qua lấy 3 hộp": a word that heads no product, right
      // before "cho" + a pronoun or before an order verb, is a verb of the request, not a product phrase.
      i++;
      continue;
    }
    // ("me nhé" in a Vietnamese message is tamarind, not English "me".)
    const pronoun = PRONOUNS.has(t) && !(!cx.en && EN_PRONOUNS.has(t.low));
    if (lookup(cx, i) !== null && !(pronoun && !continues(cx, lookup(cx, i)!, i + 1) && t.fold !== 'vi')) {
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
      if (np && prev && (DIRECTIONS.has(prev) || shipTo)) {
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
    if (t.low === 'đổi' && (cx.lines.length > 0 || evs.some((e) => e.t === 'Q')) && restatesAmount(cx, c, i)) evs.push({ t: 'CORR' });
    // "…L. Ờ mà thôi, lấy size M đi", "bó 50 cành, mà thôi lấy bó 100 cành", "Cho em 1 túi M... thôi lấy túi L": after
    // "mà" (which closes the clause before, so "thôi" opens this one) or broken off at an ellipsis, "thôi" takes back
    // the line before.
    const afterMa = i === c.start && isWord(ts[i - 1]) && (ts[i - 1]!.low === 'mà' || (!cx.accented && ts[i - 1]!.fold === 'ma'));
    if (t.fold === 'thoi' && cx.lines.length > 0 && (afterMa || isEllipsis(ts[i - 1]))) evs.push({ t: 'CORR' });
    // What a negation rules out is no order: after "chứ" ("giò lụa 500g riêng chứ ko lấy combo", "bộ tam sự chứ không
    // phải ngũ sự"), and "không phải X" in a correction ("à ko phải sấu, me nhé", where the next phrase replaces X).
    const afterChu = prev !== undefined && prev.fold === 'chu' && evs.some((e) => e.t === 'NP');
    const takenBack = isWord(ts[i + 1]) && ts[i + 1]!.fold === 'phai' && evs.some((e) => e.t === 'CORR');
    if (NEG_FINAL.has(t) && (afterChu || takenBack)) {
      let k = i + 1;
      while (isWord(ts[k]) && (ORDER_VERBS.has(ts[k]) || ts[k]!.fold === 'phai') && lookup(cx, k) === null) k++;
      const ruledOut = lookup(cx, k) !== null ? readNP(cx, c, k, false) : null;
      if (ruledOut !== null) {
        i = ruledOut.end;
        continue;
      }
    }
    if (CORRECTION_WORDS.has(t) && !(prev && (prev.fold === 'giao' || prev.fold === 'gui' || prev.fold === 'ship'))) {
      evs.push({ t: 'CORR' });
    }
    // (Typed bare, "doi sang" is "đổi sang" too, unless a number makes "doi" the pair it counts: "2 doi".)
    const bareDoi = t.low === 'doi' && !cx.accented && !(prev !== undefined && /^\d/.test(prev.low));
    if ((t.low === 'đổi' || bareDoi) && isWord(ts[i + 1]) && ['sang', 'qua', 'thanh'].includes(ts[i + 1]!.fold)) {
      // "… à đổi sang màu trắng", "đổi thành size L": what follows replaces the line before.
      evs.push({ t: 'CORR' });
      i += 2;
      const graded = elidedGrade(cx, i, evs);
      if (graded !== null) {
        // "kỷ tử loại B 5 lạng, thôi đổi sang loại A": the grade alone names the sibling of the line before;
        // "đổi sang mẫu B 50": with what follows it, read as a phrase of its own.
        const further = gradeFirst(cx, c, i, graded.end);
        if (further !== null) {
          for (const h of further.hits) if (!graded.hits.some((g) => g.concept === h.concept)) graded.hits.push(h);
          graded.end = further.end;
        }
        evs.push({ t: 'NP', np: graded });
        i = graded.end;
      }
      continue;
    }
    i++;
  }
  return evs;
}


export function readQ(cx: ParseContext, c: Clause, i: number): Quantity | null {
  let q = readQuantity(cx.ts, i, cx.en);
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
function unitOfPhraseBefore(cx: ParseContext, evs: readonly Event[], unitAt: number): boolean {
  const last = evs[evs.length - 1];
  const w = cx.ts[unitAt];
  if (last === undefined || last.t !== 'NP' || last.np.hits.length === 0 || !isWord(w)) return false;
  const r = resolveConcepts(cx.m, last.np.hits, null, last.np.unknownAttr);
  return r.candidates.length > 0 && r.candidates.every((p) => unitOf(cx.m, p).key === w.fold);
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
  const next = readQuantity(cx.ts, k, cx.en);
  if (next === null || next.end > c.end || next.measure !== null || (next.unit !== null && next.unit.dim !== 'count')) return false;
  if (k > q.end && next.unit === null) return false;
  const r = resolveConcepts(cx.m, last.np.hits, null, last.np.unknownAttr);
  if (!r.candidates.some((p) => productHas(cx.m, p, q.measure!))) return false;
  last.np.hits.push({ concept: q.measure, weight: 1 });
  last.np.end = q.end;
  return true;
}
