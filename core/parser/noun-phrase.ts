/**
 * Reads one product phrase: the longest run of catalog words (with typos, missing diacritics, synonyms and the
 * attributes of names) that the catalog can resolve, with what it knows of the words it does not.
 */
import { changeInto } from './change-word.ts';
import { isVietnameseSyllable } from './normalize.ts';
import { letterGrade, CHO, COLOURS, COMMON, FILLERS, GRADE_WORDS, LETTER_SIZES, MATERIALS, MEASURE_LEADS, NEG_FINAL, NON_PRODUCT_NOUNS, ORDER_VERBS, PARTICLES, PRONOUNS, SEP_WORDS, SHAPES, SIZE_WORDS, GIFT, PURPOSE_VERBS, EACH_HEAD, PHRASE_ENDERS, WordSet } from './lexicon.ts';
import { inSizeRange, intersectSorted, isAttr, isHead, isProductUnit, siblingHas, isProperNoun, productHas, productsOf, tellsApart, unitOf } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import { UNITS, isTensOrDozens, measureConcept, readNumberToken } from './numbers.ts';
import { CLOSING_PARTICLES, EN_STOP, MADE_OF, NAME_LINKS, ParseContext, X_SIGNS, closesClause, isStop, isWord, lookup, quantityOf, pairEndsAt } from './context.ts';
import { nameParenthesis } from './parentheses.ts';
import type { Clause, NounPhrase } from './context.ts';
import { colourFiller, compound, courtesyOnly, gluedWord, hasAmong, isModelCode, modelNumber, narrows, notInName, ordinalGrade, stopIsProductWord } from './attributes.ts';
import { measureFollows } from './measure-leads.ts';
import { lackedAfter } from './lacks.ts';
import { kindAmong, sizeNumber, sizeOrCentimetres } from './size-number.ts';
import { afterMeasure, oneForGoods } from './one-for-goods.ts';
import { numberInPhrase } from './phrase-numbers.ts';
import { SHIP_VERBS, verbAgain } from './verb-words.ts';
import { containerSizeAt } from './container-measure.ts';
import { FOR_WHOM, countedForWhom } from './for-whom.ts';
import { sizeWordAt, superlativeAt } from './superlative.ts';
import { sizeIsDetail } from './size-detail.ts';
import { prepNoteAt } from './prep-notes.ts';
import { stockAsked } from './inquiries.ts';
import { weightAmountAt, weightUnitOfName } from './weighed.ts';

/** Grammar words that name nothing said alone. */
const GLUE_ALONE = new WordSet(['thì', 'là', 'mà', 'có', 'còn', 'và', 'với', 'để', 'đã', 'được', 'như', 'nếu', 'khi', 'rồi', 'nhiều', 'ít', 'ăn', 'lẻ']);

/**
 * Reads a product phrase at i. After a quantity (afterQ) it may open with words the catalog does not
 * know ("3 cái nón lá"), which is how unknown products are noticed.
 */
export function readNP(cx: ParseContext, c: Clause, i: number, afterQ: boolean): NounPhrase | null {
  if (i === c.changeTo || i === c.dropVerb) return null; // "đổi … thành …": the turn of a change names nothing
  const ts = cx.ts;
  const hits: ConceptHit[] = [];
  const order: ('k' | 'u' | 'a')[] = [];
  let cur: readonly number[] | null = null;
  let unknownAttr = false;
  let sizeOrAmount = false;
  let unknown = 0;
  const unknownAt: number[] = [];
  let allCaps = true;
  let size = false;
  let inParen = false;
  let forGoods = false;
  let j = i;
  let end = i;
  for (; j < c.end; j++) {
    const t = ts[j]!;
    if (j === c.changeTo) break; // "đổi trâu cay 250 thành …"
    if (!isWord(t)) {
      // "súp thưởng (12 thanh)", "cơm tấm sườn (suất thường)": parentheses around words of the names go on the phrase
      // (each word inside is read as usual, or ends the phrase); the closing one after them too.
      const raw = ts[j]!.raw;
      if (order.length > 0 && ((raw === '(' && nameParenthesis(cx, j)) || (raw === ')' && end === j && nameParenthesis(cx, j)))) {
        if (raw === ')') end = j + 1;
        inParen = raw === '(';
        continue;
      }
      break;
    }
    // ("the 40cm ones", "a 5 liter one": in English "one" after a measure stands for goods of that size; no phrase of
    // its own, the measure is read alone, elided-sizes.ts.)
    if (cx.en && order.length === 0 && oneForGoods(t) && afterMeasure(cx, j) && lookup(cx, j) === null) return null;
    // ("1 thang rut 3m8, a doi sang 4m4": typed bare, "doi" before "sang" changes the line; it is no word of the phrase.)
    if (order.length > 0 && changeInto(cx, j, ts[j - 1])) break;
    if (colourFiller(cx, c, j)) continue;
    if (order.length > 0 && stockAsked(cx, j, c.end, cur)) break;
    // ("nhung đỏ vài mét": "vài" written so before a unit is a few, the amount, no slip of "vải".)
    if (order.length > 0 && t.accented && (lookup(cx, j)?.weight ?? 1) < 1 && quantityOf(cx, j)?.vague === true) break;
    // "lấy 2 hộp quà, 1 hộp giao nhà mình 1 hộp giao nhà bố mẹ": after an amount, a verb of sending the catalog does not
    // use opens no unknown goods; it says where a share goes.
    if (afterQ && order.length === 0 && SHIP_VERBS.has(t) && lookup(cx, j) === null) break;
    const boxSize: { concept: string; end: number } | null = order.length > 0 || afterQ ? containerSizeAt(cx, j, cur) : null;
    if (boxSize !== null) {
      hits.push({ concept: boxSize.concept, weight: 1 });
      cur = cur === null ? productsOf(cx.m, boxSize.concept) : intersectSorted(cur, productsOf(cx.m, boxSize.concept));
      order.push('k');
      end = boxSize.end;
      j = boxSize.end - 1;
      continue;
    }
    if (order.length > 0 && PURPOSE_VERBS.has(t) && GIFT.has(ts[j + 1])) break; // "3 bộ lót ly làm quà"
    // "gà giống 1 tháng và 3 tháng mỗi loại 5 con": "mỗi" opens what follows; it is no word of the phrase.
    if (order.length > 0 && EACH_HEAD.has(t)) break;
    // "lều cho 4 người" where "Lều cắm trại 4 người" is sold: how many it is for, as the names count them, tells the
    // siblings apart. (Not a model's number and words, "kính cho 15 pro max": there more words of the names follow.)
    const forCount = order.length > 0 && cur !== null && CHO.has(t) && /^\d+$/.test(ts[j + 1]?.low ?? '') && isWord(ts[j + 2]) &&
      !(isWord(ts[j + 3]) && lookup(cx, j + 3) !== null) ? `na:${ts[j + 2]!.fold}:${ts[j + 1]!.low}` : null;
    if (forCount !== null && cur!.some((p) => productHas(cx.m, p, forCount))) {
      hits.push({ concept: forCount, weight: 1 });
      order.push('k');
      end = j + 3;
      j += 2;
      continue;
    }
    // "4 set cho 4 đứa cháu": whom the goods are counted for is no word of the phrase (for-whom.ts).
    if (order.length > 0 && CHO.has(t) && countedForWhom(cx, j + 1) > 0) break;
    // "diều rồng loại dài nhất": the superlative picks among what the phrase names (superlative.ts); it names nothing,
    // nor does a note for the kitchen, "trà chanh ít đá" (prep-notes.ts).
    if (order.length > 0 && (superlativeAt(cx, j) || sizeWordAt(cx, j, cur) || prepNoteAt(cx, j, true, cur) > 0)) break;
    // "2 chai tương đặc biệt 1 lít lẻ", "3 lá cờ ngũ sắc treo đình", "chậu sứ phi 30 để trồng": bought singly, where it
    // goes, what it is for: these words end the phrase, unless the products read so far have them in their names.
    // ("đèn 2-3kg tặng sếp" beside "combo quà tặng": giving it to someone is what it is for, whatever the names.)
    // ("thay", instead, only closing the clause: "lấy 2 cf muối thay nha", not "… thay bơm 125w", what it replaces.)
    if (order.length > 0 && PHRASE_ENDERS.has(t) && (t.fold !== 'thay' || closesClause(cx, j + 1, c.end, false)) && (!(cur !== null && cur.some((p) => productHas(cx.m, p, t.fold))) ||
      (FOR_WHOM.has(ts[j + 1]) && !PARTICLES.has(ts[j + 1]) && lookup(cx, j + 1) === null))) break;
    // "20 đèn tròn đỏ 30cm trang trí quán": what the goods are for ends the phrase, unless the catalog names a product so.
    if (order.length > 0 && isWord(ts[j + 1]) && t.fold === 'trang' && ts[j + 1]!.fold === 'tri' && productsOf(cx.m, 'trangtri').length === 0) break;
    if (X_SIGNS.has(t.low) && /^\d/.test(ts[j + 1]?.low ?? '')) break; // "mắm thái 1kg x 3"
    // (Not a word some of the products have: "bún sợi nhỏ 500g" beside "sợi to" is told apart by "nhỏ"; a word all of
    // them have, "cao" in "Gối cao su … cao 12cm", tells none apart and leads the measure.)
    const leadHit = MEASURE_LEADS.has(t) ? lookup(cx, j) : null;
    if (order.length > 0 && cur !== null && MEASURE_LEADS.has(t) && !(leadHit !== null && tellsApart(cx.m, leadHit.concept, cur)) &&
      measureFollows(cx, j, cur)) continue;
    const numbered = order.length > 0 && cur !== null ? modelNumber(cx, j, cur) : null;
    if (numbered !== null) {
      // ("nắp phi 63" beside "Nắp gỗ 63mm": the lead word, when only some names have it, tells them apart too.)
      const lead = lookup(cx, j);
      if (lead !== null && tellsApart(cx.m, lead.concept, cur!)) hits.push(lead);
      hits.push({ concept: numbered, weight: 1 });
      order.push('k');
      end = j + 2;
      j++;
      continue;
    }
    // ("sneaker trang co 43 lay 1": typed bare, "co" before a size the products come in is "cỡ", not "có"; written
    // "cỡ", the same test, so that a size read there is no amount: "dép tổ ong trắng cỡ 42 ba đôi".)
    const bareSize = t.fold === 'co' && (!t.accented || t.low === 'cỡ') && cur !== null && /^\d+$/.test(ts[j + 1]?.low ?? '') &&
      cur.some((p) => productHas(cx.m, p, sizeOrCentimetres(cx, Number(ts[j + 1]!.low), (x) => cur!.includes(x)))) &&
      !cur.some((p) => productHas(cx.m, p, 'co')); // (not "trắm cỏ")
    if (SIZE_WORDS.has(t) && order.length > 0 && (t.fold !== 'co' || bareSize)) {
      size = true;
      continue;
    }
    if (size || (order.length > 0 && LETTER_SIZES.has(t.fold) && t.fold.length <= 4 && !PRONOUNS.has(t))) {
      const wasSize = size;
      size = false;
      const nt = readNumberToken(t.low);
      // ("nón trơn size 40" of "Nón lá trơn 40cm": a size in centimetres where none comes in that size by number.)
      const among = cur;
      const concept = nt.kind !== 'num' || nt.unit !== null ? t.fold :
        wasSize && among !== null ? sizeOrCentimetres(cx, nt.value, (p) => among.includes(p)) : `sz:${nt.value}`;
      if (wasSize || LETTER_SIZES.has(t.fold)) {
        if (wasSize && sizeIsDetail(cx, cur, hits, concept)) {
          // ("dep coi quai cheo size 36" where those come in no sizes: a detail of the order, size-detail.ts.)
        } else if (productsOf(cx.m, concept).length > 0 || (cur !== null && cur.some((p) => inSizeRange(cx.m, p, concept)))) {
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
    const ord = ordinalGrade(cx, j);
    if (ord !== null && kindAmong(cx, 'na:grade', cur)) {
      // "first grade", "hạng nhất", "loại hai": a numbered grade spelled out.
      const concept = `na:grade:${ord.value}`;
      if (hasAmong(cx, concept, cur)) {
        hits.push({ concept, weight: 1 });
        order.push('k');
        // "mẫu B 50": the grade narrows the products, so that a number after it is read against theirs.
        const graded = productsOf(cx.m, concept);
        cur = cur === null ? [...graded] : cur.filter((p) => graded.includes(p));
      } else {
        unknownAttr = true;
        order.push('a');
      }
      end = ord.end;
      j = ord.end - 1;
      continue;
    }
    if (/^[x×]\d/.test(t.low) && quantityOf(cx, j)?.x === true) break; // "cá cơm khô x5 gói" (not the code of "keo x2000")
    const glued = cur !== null ? gluedWord(cx, j, cur) : null;
    if (glued !== null) {
      // "găng 10 oz đen" of "Găng boxing 10oz": a number and the letters the name glues to it are that word.
      hits.push(glued);
      order.push('k');
      end = j + 2;
      j++;
      continue;
    }
    if (/^\d/.test(t.low) && !(readNumberToken(t.low).kind === 'other' && lookup(cx, j) !== null)) {
      const r = numberInPhrase(cx, j, cur, order.length > 0, afterQ);
      if ('stop' in r) {
        if (r.sizeOrAmount) sizeOrAmount = true;
        break;
      }
      hits.push(...r.add);
      order.push(...r.marks);
      if (r.unknownAttr) unknownAttr = true;
      end = r.end;
      j = r.end - 1;
      continue;
    }
    // "chiếu cho bé", "khăn của mẹ": a linking word inside a name, when the word after it narrows the products.
    // (Not "bánh canh cua lớn" where "cua" is a word of some of the names: the crab, not "của".)
    if (cur !== null && NAME_LINKS.has(t) && j + 1 < c.end && !narrows(cx, j, cur)) {
      const n = lookup(cx, j + 1);
      if (n !== null && tellsApart(cx.m, n.concept, cur)) continue;
      // "dinner set for 10", "bộ cho 6 người": a size the names carry.
      const nn = ts[j + 1];
      const nt = isWord(nn) ? readNumberToken(nn.low) : null;
      const sz = nt !== null && nt.kind === 'num' ? sizeNumber(cx, nt.value, nt.unit, j + 1, cur) : null;
      if (sz !== null && !cur.every((p) => productHas(cx.m, p, sz.concept))) continue;
    }
    if (cur !== null && hits.length > 0 && !/^\d/.test(t.low)) {
      // "chậu ba mươi phân": a size spelled in words, as a name carries it.
      const wq = quantityOf(cx, j);
      // ("men bột nửa ký 2 gói", "chè 5 lạng 3 gói" beside packs of 500g: a weight or volume spelled so, with a count of
      // packs right after it or the amount said before the phrase, "một túi đường một ký", is the pack's size too.)
      const sized = wq !== null && wq.words && wq.unit !== null && (wq.unit.dim === 'length' ||
        ((wq.unit.dim === 'mass' || wq.unit.dim === 'volume') && (countFollows(cx, wq.end) || afterQ)));
      if (wq !== null && sized && wq.unit !== null && wq.end <= c.end && !cur.some((p) => unitOf(cx.m, p).dim === wq.unit!.dim)) {
        const concept = measureConcept(wq.value, wq.unit);
        if (concept !== null && cur.some((p) => productHas(cx.m, p, concept))) {
          hits.push({ concept, weight: 1 });
          order.push('k');
          end = wq.end;
          j = wq.end - 1;
          continue;
        }
      }
    }
    // ("…, không đường 500ml 3 chai": opening a phrase too, when some product of the catalog lacks it by name.)
    // (Not a head noun that is also a negation: "chả rán" is fried "chả".)
    const opens = j === i && !isHead(cx.m, lookup(cx, j)?.concept ?? '');
    const lacks = isWord(ts[j + 1]) && (cur !== null || opens) ? lackedAfter(cx, j, cur) : null;
    if (lacks !== null) {
      // "pía sr không trứng": the customer names what the product lacks, as its name does.
      hits.push({ concept: lacks, weight: 1 });
      order.push('k');
      end = j + 2;
      j++;
      continue;
    }
    if (cur !== null && notInName(cx, j, cur)) {
      // "hạt điều chưa rang" when the cashews sold are "rang muối": the customer rules out a word of the product's name.
      unknownAttr = true;
      order.push('a');
      end = j + 2;
      j++;
      continue;
    }
    if (cur !== null && MADE_OF.has(t) && j + 1 < c.end && isWord(ts[j + 1]) && MATERIALS.has(ts[j + 1])) {
      // "khay trà bằng gỗ": a material none of the products named so far is made of.
      const n = lookup(cx, j + 1);
      if (n === null || !cur.some((p) => productHas(cx.m, p, n.concept))) {
        unknownAttr = true;
        order.push('a');
        end = j + 2;
        j++;
        continue;
      }
    }
    // (Not a letter the names carry as a word, not as a grade: "lãnh Mỹ A loại 1" of "Lãnh Mỹ A loại 1".)
    const letter = order.length > 0 && cur !== null && t.cap && t.low.length === 1 ? letterGrade(t.low) : null;
    const lettered = letter !== null && !cur!.some((p) => productHas(cx.m, p, t.fold) && !productHas(cx.m, p, `na:grade:${letter}`)) ? letter : null;
    if (lettered !== null && kindAmong(cx, 'na:grade', cur)) {
      // "hồng A 2 kg", "lá A", "đĩa lục B": a capital letter after the words of products graded "loại A/B" is
      // their grade, the grade word left out.
      if (hasAmong(cx, `na:grade:${lettered}`, cur)) {
        hits.push({ concept: `na:grade:${lettered}`, weight: 1 });
        order.push('k');
      } else {
        unknownAttr = true;
        order.push('a');
      }
      end = j + 1;
      continue;
    }
    // ("giò lụa nửa cân" of "Chả lụa nửa cân": after a number word read with the name, "cân" is its unit, and before
    // "ký" it says the goods are sold by the kilo, "que xiên cân ký", as the index reads names, name-words.ts.)
    if (order.length > 0 && end === j && weightUnitOfName(cx, j, t, hits, cur)) {
      end = j + 1;
      continue;
    }
    // "chả quế nửa cân" beside "Chả quế cân": a number word before "cân" (a kilo) is the amount of the goods sold loose
    // by weight, not words of their name. (After a count, "một cây giò lụa nửa cân", it is the size of what is counted.)
    if (order.length > 0 && weightAmountAt(cx, j, cur, afterQ)) break;
    const h = lookup(cx, j);
    // "nhang trầm 40cm bán lại": a catalog word used as the verb after the product ends its phrase.
    if (h !== null && hits.length > 0 && !cx.en && !isHead(cx.m, h.concept) && verbAgain(cx, j)) break;
    // "bánh đậu xanh loại to" when only the bánh chưng comes big, "hộp tròn" when only the plate is round: a word
    // of other products that none of the products named so far has is a variant this one does not come in. Not
    // a compound head noun ("may áo dài"), a place or maker ("Tranh Khúc"), a name, or a guessed typo.
    const sibling =
      h !== null && cur !== null && !cx.en && hits.length > 0 && !cur.some((p) => productHas(cx.m, p, h.concept)) &&
      !isHead(cx.m, h.concept) &&
      !compound(cx, j) && !t.cap && !ts[j + 1]?.cap && !isProperNoun(cx.m, h.concept) && h.weight >= 0.9 &&
      !SEP_WORDS.has(t) && !ORDER_VERBS.has(t) && !CHO.has(t) && !NEG_FINAL.has(t) && !(PARTICLES.has(t) && !stopIsProductWord(cx, t, h, cur, j)) &&
      !(PRONOUNS.has(t) && (t.accented || t.fold.length <= 1));
    // A word only products of another kind have ("đèn tròn đỏ 60cm treo cổng" when "treo" is a word of "Móc
    // treo"), and no colour, shape or material: it tells this product's siblings apart from nothing, so it is no
    // variant of it; the phrase ends before it. (Not when more catalog words follow: "sữa rửa mặt nghệ" may name
    // a product the shop does not sell; a word only guessed as a slip of a catalog word, "cổng" for "cong", is none.)
    // (Nor where the catalog writes it after the word before: "bát men rạn" when only "Đĩa men rạn" is sold names
    // a glaze the bowl does not come in.)
    const pairBefore = pairEndsAt(cx, j);
    if (sibling && !siblingHas(cx.m, cur!, h.concept) && !COLOURS.has(t) && !SHAPES.has(t) && !MATERIALS.has(t) && !LETTER_SIZES.has(t.fold) &&
      !pairBefore && (!isWord(ts[j + 1]) || (lookup(cx, j + 1)?.weight ?? 0) < 1)) break;
    if (sibling) {
      unknownAttr = true;
      order.push('a');
      end = j + 1;
      continue;
    }
    // ("1 giá 5 móc": right after a quantity, a grammar word that heads a product's name is that product's noun.)
    if (h && (!(isStop(cx, t) && !stopIsProductWord(cx, t, h, cur, j)) || opensCatalogPair(cx, j) || (afterQ && j === i && h.weight >= 1 && isHead(cx.m, h.concept)))) {
      if (hits.some((x) => x.concept === h.concept)) {
        // ("thức ăn cá viên số 1 (cá bột)": inside a name's parentheses a word said again goes on the same phrase; so
        // does a word doubled as the names double it, "mì Hảo Hảo", and a word glossed by its synonym right after it,
        // "nến số 3 màu vàng gold".)
        const glossed = isWord(ts[j - 1]) && ts[j - 1]!.fold !== t.fold && lookup(cx, j - 1)?.concept === h.concept;
        // (So does a word said again as the second of a pair the phrase's products have, "kệ gỗ … vân gỗ" of "màu vân gỗ".)
        const paired = pairEndsAt(cx, j) && cur !== null && isWord(ts[j - 1]) && cur.some((p) => productHas(cx.m, p, ts[j - 1]!.fold + t.fold));
        if (!inParen && !glossed && !paired && !(isWord(ts[j - 1]) && ts[j - 1]!.fold === t.fold && pairEndsAt(cx, j))) break;
        end = j + 1;
        continue;
      }
      // A spelled number before a unit starts a new quantity ("khan do tam met").
      // ...unless the "unit" is a size of the products so far ("gio may M 2c": mây, not "mấy mét").
      const nu = cur !== null ? lookup(cx, j + 1) : null;
      const sizeNext = nu !== null && cur!.some((p) => productHas(cx.m, p, nu.concept));
      if (!t.accented && UNITS.get(ts[j + 1]) && !sizeNext && quantityOf(cx, j)?.words) break;
      // ("móc khóa tháp rùa một chục" where "một" is a word of "Chùa Một Cột": a number of tens or dozens is an amount.)
      if (isTensOrDozens(ts[j + 1]) && quantityOf(cx, j)?.words) break;
      const list = productsOf(cx.m, h.concept);
      if (cur === null) cur = list;
      else {
        const inter = intersectSorted(cur, list);
        if (inter.length === 0) {
          if (isHead(cx.m, h.concept)) {
            // "1 bộ ấm chén" where the shop sells an "ấm" and a "bộ chén" but nothing named "ấm chén": two head nouns
            // run together name a kind of product the shop may not sell; ask.
            // ("1kg khô cá lóc" where only "Tôm khô" has "khô": a word no product is headed by, then a head noun of other
            // products, is the head of a kind the shop does not name.)
            const lone = hits.length === 1 && order.length === 1 && !hits[0]!.concept.startsWith('sku:') &&
              (isHead(cx.m, hits[0]!.concept) ||
                (hits[0]!.weight >= 1 && !isAttr(cx.m, hits[0]!.concept) && !COLOURS.has(ts[i]!) && !SHAPES.has(ts[i]!) && !pairEndsAt(cx, i)));
            if (lone && afterQ && !cx.en && !t.cap && end === j && !ts[j - 1]!.cap && !ORDER_VERBS.has(t) && !CHO.has(t) && !isStop(cx, t)) {
              unknownAttr = true;
              order.push('a');
              end = j + 1;
            }
            break;
          }
          if (isProperNoun(cx.m, h.concept)) {
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
    // "two small ones", "the big one, 60x90": in English "one" after words of the phrase stands for its head noun
    // (not before a unit or goods: "size 40 one pair").
    if (cx.en && order.length > 0 && oneForGoods(t) && !UNITS.get(ts[j + 1]) && lookup(cx, j + 1) === null) {
      end = j + 1;
      forGoods = true;
      continue;
    }
    if ((COLOURS.has(t) || (MATERIALS.has(t) && order.length > 1) || (SHAPES.has(t) && !(cx.en && EN_STOP.has(t)) && !ts[j + 1]?.cap)) && order.length > 0) {
      unknownAttr = true;
      order.push('a');
      end = j + 1;
      continue;
    }
    if (isStop(cx, t)) break;
    if (cx.en && order.length > 0 && NON_PRODUCT_NOUNS.has(t)) break; // "a set for 10 people"
    // A word the catalog does not know.
    // "bánh canh ba gói", "trà túi lọc hai hộp": a spelled number with its unit after the product is its amount.
    const spelled = order.length > 0 ? quantityOf(cx, j) : null;
    // ("phở chín nhỏ ba tô": or before a unit the shop sells by, which no general unit list holds.)
    if (spelled !== null && spelled.words && (spelled.unit !== null || (isWord(ts[spelled.end]) && isProductUnit(cx.m, ts[spelled.end]!.fold)))) break;
    const nh = lookup(cx, j + 1);
    // "bình gốm men xanh": an unknown word before a colour the catalog lacks still belongs to the phrase.
    const nextColour =
      order.length > 0 && isWord(ts[j + 1]) && nh === null && (COLOURS.has(ts[j + 1]) || MATERIALS.has(ts[j + 1]) || (cur !== null && notInName(cx, j + 1, cur)));
    const nextKnown = nextColour || (nh !== null && isWord(ts[j + 1]) && !(isStop(cx, ts[j + 1]!) && !stopIsProductWord(cx, ts[j + 1]!, nh, cur, j + 1)));
    // ("x2 rồi thêm 2 bao nữa": a grammar word after an amount opens no unknown product.)
    const grammar = hits.length === 0 && !cx.en && t.fold === 'roi';
    if (!grammar && ((afterQ && hits.length === 0 && unknown < 3) || (order.length > 0 && nextKnown) || (cx.en && order.length > 0 && unknown < 2))) {
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
  while (order.length > 0 && order[order.length - 1] === 'u' && !cx.en && hits.length > 0) {
    order.pop();
    unknown--;
    end--;
    unknownAt.pop();
  }
  if (order.length === 0) return null;
  if (hits.length === 0 && !afterQ) return null;
  // "cảm ơn c nha" in a shop selling bags printed "Cảm ơn": with no amount, courtesy words alone name nothing.
  if (!afterQ && courtesyOnly(cx, i, end)) return null;
  // ("bộ sơn dầu 24 màu": "màu" alone, after a number, counts colours; it names no goods.)
  if (order.length === 1 && hits.length === 1 && end - i === 1 && ts[i]!.fold === 'mau') return null;
  // "còn thì lấy 2 suất" in a shop that sells "Thì là": alone, a word of the grammar ("thì", "là", "mà") is that word,
  // even when a product's name starts with it.
  if (order.length === 1 && hits.length === 1 && end - i === 1 && GLUE_ALONE.has(ts[i]!)) return null;
  // "kính lọc uv có k shop, mình lấy 1" in a shop selling "K&F Concept" filters: a lone question-final "k" / "ko" with
  // only particles after it in its clause asks "không?", it names no product.
  if (order.length === 1 && end - i === 1 && NEG_FINAL.has(ts[i]!) && i > c.start && closesClause(cx, end, c.end, true)) return null;
  // "xeng inox 1 cai nha shop" in a shop selling "Nhà vệ sinh mèo": typed bare, a lone particle closing the clause is
  // the particle, not the catalog's word it folds like.
  if (order.length === 1 && end - i === 1 && !ts[i]!.accented && CLOSING_PARTICLES.has(ts[i]!.fold) && i > c.start && closesClause(cx, end, c.end, true)) return null;
  // "cần hoá đơn": a lone word that only folds like a modifier of a name ("hòa tan") opens no product phrase.
  if (!afterQ && order.length === 1 && hits.length === 1 && hits[0]!.weight < 1 && !isHead(cx.m, hits[0]!.concept)) return null;
  // "quà cho team": a lone foreign word guessed as a typo of a product word, with no quantity, is no product phrase.
  if (!afterQ && order.length === 1 && hits.length === 1 && hits[0]!.weight < 0.85 && !ts[i]!.accented && !isVietnameseSyllable(ts[i]!.fold)) return null;
  const headUnknown = cx.en ? order[order.length - 1] === 'u' : order[0] === 'u';
  // "túi giấy", "ví da": a bare head noun followed by a word the catalog lacks names a kind it may not sell.
  const after = ts[end];
  // ("đui E14" when the shop sells "Đui đèn E27": a model code the catalog lacks is such a word too.)
  const unknownModifier =
    !cx.en && order.length === 1 && hits.length === 1 && isHead(cx.m, hits[0]!.concept) && end < c.end && isWord(after) &&
    ((!after.cap && !/\d/.test(after.low)) || isModelCode(after)) && lookup(cx, end) === null && !isStop(cx, after) && (!COMMON.has(after) || MATERIALS.has(after)) &&
    !FILLERS.has(after) && !COLOURS.has(after) && !UNITS.get(after) && !hits[0]!.concept.startsWith('sku:') &&
    quantityOf(cx, end) === null;
  // (Every word capitalized means some word is: a phrase of sizes and grades only, "1kg loại 1", is no street's name.)
  if (allCaps && !ts.slice(i, end).some((t) => isWord(t) && t.cap)) allCaps = false;
  return { start: i, end, hits, unknownAttr, headUnknown, unknown, allCaps, implied: false, unknownModifier, sizeOrAmount, unknownAt, forGoods };
}


/**
 * "5 lạng cam thảo", "1 giá cắm dao": a word that is also a grammar word ("cám", "giá") opens a product phrase
 * when it and the next word are a pair of words of the catalog's names: the catalog is the grammar.
 */
function opensCatalogPair(cx: ParseContext, j: number): boolean {
  const t = cx.ts[j];
  const n = cx.ts[j + 1];
  if (!isWord(t) || !isWord(n)) return false;
  return pairEndsAt(cx, j + 1) && lookup(cx, j + 1) !== null;
}

/** A count of packs right at k: "2 gói", "x3". */
function countFollows(cx: ParseContext, k: number): boolean {
  const q = /^[x×]?\d/.test(cx.ts[k]?.low ?? '') ? quantityOf(cx, k) : null;
  return q !== null && (q.x || (q.unit !== null && q.unit.dim === 'count'));
}
