/**
 * Attributes a catalog name carries (sizes, lengths, grades, pack contents, counts inside a name): whether a
 * word or number at a position belongs to a product phrase rather than being a quantity or a grammar word.
 */
import type { Token } from './normalize.ts';
import { CHO, COLOURS, COLOUR_KIND, EACH_HEAD, GRADE_WORDS, NEG_FINAL, NUMBER_BLOCKERS, NUMBER_LEADS, ORDER_VERBS, PARTICLES, PRONOUNS, SEP_WORDS, SIZE_WORDS, letterGrade } from './lexicon.ts';
import { anyHasMeasureKind, isAttr, isHead, isProductUnit, nameConcepts, plainConcept, productHas, productsOf, spelledAs, tellsApart, unitOf } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import { UNITS, measureOf, readDimension, readNumberToken } from './numbers.ts';
import { metreSides } from './dimensions.ts';
import type { Unit } from './numbers.ts';
import { NOT_IN_NAME, ORDINALS, ParseContext, isWord, lookup, pairEndsAt, quantityOf } from './context.ts';
import type { Clause } from './context.ts';
import { lookupWord } from './word-reading.ts';
import { kindAmong, sizeNumber, timesSmallCount } from './size-number.ts';
import { closesUncounted } from './sold-count.ts';

/** The word at i goes on a product phrase begun by the word before it ("to" in "bat to" = "bát tô"). */
export function inProductPhrase(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i - 1];
  if (isWord(t) && /^\d/.test(t.low)) {
    // "60 do" (a grade the names carry), "1 can" (the unit a product is sold in): not English "do", "can".
    // "3 can" typed bare is "3 cân" (kg): English would write "3 cans".
    if (cx.ts[i]!.low === 'can') return true;
    if (isProductUnit(cx.m, cx.ts[i]!.fold)) return true;
    return nameAttr(cx, i - 1, null)?.concept != null;
  }
  const prev = lookup(cx, i - 1);
  return prev !== null && lookup(cx, i) !== null && continues(cx, prev, i);
}


/** The word at j closes a compound head noun with the word before it ("áo dài", "bánh chưng"). */
export function compound(cx: ParseContext, j: number): boolean {
  const a = cx.ts[j - 1];
  const b = cx.ts[j];
  return isWord(a) && isWord(b) && isHead(cx.m, a.fold + b.fold);
}


/** A negation at j ruling out a word the products cur have ("hạt điều chưa rang"), not itself a product word ("nem chua"). */
export function notInName(cx: ParseContext, j: number, cur: readonly number[]): boolean {
  const t = cx.ts[j];
  if (!isWord(t) || !NOT_IN_NAME.has(t) || !isWord(cx.ts[j + 1]) || lookup(cx, j) !== null) return false;
  const n = lookup(cx, j + 1);
  return n !== null && cur.some((p) => productHas(cx.m, p, n.concept));
}


/** The concept continues a product phrase with the word at j (they share a product). */
export function continues(cx: ParseContext, h: ConceptHit, j: number): boolean {
  let n = lookup(cx, j);
  // "chau size M": a size word and a size the word's products come in ("chậu", not "cháu").
  if (!n && SIZE_WORDS.has(cx.ts[j]) && isWord(cx.ts[j + 1])) {
    const s = lookup(cx, j + 1);
    if (s !== null && isAttr(cx.m, s.concept)) n = s;
  }
  if (!n) {
    // "chau 20 x5": a size of the word's products written right after it ("chậu 20", not "cháu"); "met 2 nguoi", a
    // count the names carry ("Mẹt bún đậu 2 người").
    const t = cx.ts[j];
    const nt = isWord(t) && /^\d/.test(t.low) ? readNumberToken(t.low) : null;
    if (nt === null || nt.kind !== 'num') return false;
    const own = productsOf(cx.m, h.concept);
    if (sizeNumber(cx, nt.value, nt.unit, j, own) !== null) return true;
    if (nt.unit !== null) return false;
    // ("o 6 lo" of "Ổ cắm 6 lỗ": a count of a word the names carry, though the word is a unit elsewhere, "lọ".)
    const attr = nameAttr(cx, j, own)?.concept;
    return attr != null && (UNITS.get(cx.ts[j + 1]) === undefined || attr.startsWith(`na:${cx.ts[j + 1]!.fold}:`));
  }
  return productsOf(cx.m, h.concept).some((p) => productHas(cx.m, p, n.concept));
}


/**
 * A size "AxB" or a numbered grade ("60 độ", "loại 1") at token j, as the names write it: its concept when a
 * product (among cur, if given) has it, null as concept when the products have that kind of size or grade but
 * not this one ("50 độ"), or null when the number is no such thing.
 */
export function nameAttr(cx: ParseContext, j: number, cur: readonly number[] | null): { concept: string | null; end: number } | null {
  const ts = cx.ts;
  const t = ts[j]!;
  const n1 = ts[j + 1];
  if (t.low.includes('x') || t.low.includes('×') || (isWord(n1) && (n1.low === 'x' || n1.low === '×'))) {
    // ("80 x 40 x 45cm", spaced, is a box's three sides only when a product has them: "80 x 40 x 2" may be two of a
    // size.)
    const box = readDimension([t.low, lowAt(ts, j + 1), lowAt(ts, j + 2), lowAt(ts, j + 3), lowAt(ts, j + 4)], 0);
    const dim = box !== null && box.end === 5 && hasAmong(cx, box.concept, cur) ? box : readDimension([t.low, lowAt(ts, j + 1), lowAt(ts, j + 2)], 0);
    // "sandal 40 x 2 đôi", "giấy nhám số 1000 x 50": when no candidate has a dimension and the first number is one of
    // their sizes, the "x" multiplies: size, then count.
    const first = isWord(n1) && (n1.low === 'x' || n1.low === '×') ? readNumberToken(t.low) : null;
    if (dim && cur !== null && first !== null && first.kind === 'num' && !kindAmong(cx, 'dim', cur) &&
      sizeNumber(cx, first.value, first.unit, j, cur) !== null) return null;
    // ("ruột gối 45 x 6" beside pillows of 40x40 and 45x45: a size no candidate comes in, whose first number is one of
    // their sizes and whose second is a small count, is that size times the count.)
    if (dim && cur !== null && first !== null && first.kind === 'num' && first.unit === null && timesSmallCount(cx, j, first.value, cur) &&
      ['num', 'sz', 'len'].some((k) => hasAmong(cx, `${k}:${first.value}`, cur))) return null;
    if (dim) {
      if (hasAmong(cx, dim.concept, cur)) return { concept: dim.concept, end: j + dim.end };
      // ("lưới khung cố định 1m2 x 1m5" sold by the square metre: two lengths in metres no name has as a size are read
      // as they were before, an area or two lengths.)
      if (metreSides([t.low, lowAt(ts, j + 1), lowAt(ts, j + 2)], 0) !== null) return null;
      // "khăn 60x60" when no scarf comes in that size: a size the shop does not sell.
      // (Sold by the square metre, "2 x 3 m" is the area to buy.)
      if (cur !== null && cur.some((p) => unitOf(cx.m, p).dim === 'area')) return null;
      return cur !== null || kindAmong(cx, 'dim', cur) ? { concept: null, end: j + dim.end } : null;
    }
  }
  // ("tranh sen 3040 hai bức", "pho co 4060 x1": four digits that are the two sides of a candidate's size, "30x40",
  // written without their "x".)
  const joined = cur !== null && t.low.length === 4 ? /^([1-9]\d)([1-9]\d)$/.exec(t.low) : null;
  if (joined !== null) {
    const concept = `dim:${Number(joined[1])}x${Number(joined[2])}`;
    if (hasAmong(cx, concept, cur)) return { concept, end: j + 1 };
  }
  // "khung sồi 20 25", "ảnh 13 18": two bare numbers, side by side, that are the sides of a candidate's size.
  if (cur !== null && isWord(n1) && /^\d{1,3}$/.test(t.low) && /^\d{1,3}$/.test(n1.low)) {
    const concept = `dim:${Number(t.low)}x${Number(n1.low)}`;
    if (hasAmong(cx, concept, cur)) return { concept, end: j + 2 };
  }
  if (isWord(n1) && n1.low === '%' && anyHasMeasureKind(cx.m, 'pct')) {
    // "socola đen 85%": a percentage the names carry (one none has is a kind the shop does not sell).
    const pct = readNumberToken(t.low);
    if (pct.kind === 'num' && pct.unit === null) {
      const concept = `pct:${pct.value}`;
      return { concept: hasAmong(cx, concept, cur) ? concept : null, end: j + 2 };
    }
  }
  if (!anyHasMeasureKind(cx.m, 'na')) return null;
  const nt = readNumberToken(t.low);
  if (nt.kind !== 'num' || nt.unit !== null) return null;
  const before = ts[j - 1];
  let kind: string | null = null;
  let end = j + 1;
  // "loại 1" is a grade; "mỗi loại 2 hộp" is "2 boxes of each kind".
  const unit = UNITS.get(n1);
  if (isWord(before) && GRADE_WORDS.has(before) && unit !== undefined && (unit.dim === 'count' || unit.dim === 'pair') && cur !== null &&
    kindAmong(cx, 'na:pack', cur) && cur.every((p) => unitOf(cx.m, p).key !== unit.key)) {
    // "vitamin C loại 60 viên": the pack a candidate holds; "trà gừng loại 50 gói" when the tea comes in boxes of 20: a
    // pack the shop does not sell.
    const pack = `na:pack:${nt.value}`;
    return { concept: hasAmong(cx, pack, cur) ? pack : null, end: j + 2 };
  }
  // ("thit chua loai 10 ong" for "… hộp 10 ống": after "loại", a count of a word a candidate's name holds is that kind.)
  if (isWord(before) && GRADE_WORDS.has(before) && isWord(n1) && cur !== null && hasAmong(cx, `na:${n1.fold}:${nt.value}`, cur)) {
    return { concept: `na:${n1.fold}:${nt.value}`, end: j + 2 };
  }
  // ("hộp quà loại 2 ký", "thùng vải loại 10 cân", "cuốc bàn loại 2 tấc rưỡi": after "loại", a number with a
  // measure's unit is the kind of that size, where some of the goods named hold it, none is graded so, and none is
  // sold by that measure, which would make it an amount.)
  const graded = isWord(before) && GRADE_WORDS.has(before) && !EACH_HEAD.has(ts[j - 2]);
  if (graded && cur !== null && unit !== undefined && (unit.dim === 'mass' || unit.dim === 'volume' || unit.dim === 'length') &&
    !cur.some((p) => unitOf(cx.m, p).dim === unit.dim) && !hasAmong(cx, `na:grade:${nt.value}`, cur)) {
    const sized = quantityOf(cx, j);
    const measure = sized === null ? null : measureOf(sized);
    if (measure !== null && hasAmong(cx, measure, cur)) return { concept: measure, end: sized!.end };
  }
  if (graded) kind = 'na:grade';
  else if (unit !== undefined && unit.dim === 'count' && cur !== null && hasAmong(cx, `na:${n1!.fold}:${nt.value}`, cur) &&
    cur.some((p) => productHas(cx.m, p, `na:pack:${nt.value}`) && !productHas(cx.m, p, `na:${n1!.fold}:${nt.value}`))) {
    // ("vòng tốc sánh 6 ly" beside "… hạt 6 ly" and "Vòng đôi … 6 ly + 8 ly (set 2 chiếc)": a candidate whose name
    // carries this count of that very word is named so, before a pack of that many that lacks it. Where the packs
    // carry it too, "gạch ống 4 lỗ" of the loose brick and the lot of a thousand, the pack reading stands.)
    return { concept: `na:${n1!.fold}:${nt.value}`, end: j + 2 };
  } else if (unit !== undefined && (unit.dim === 'count' || unit.dim === 'pair') && cur !== null && hasAmong(cx, `na:pack:${nt.value}`, cur) &&
    (!cur.some((p) => unitOf(cx.m, p).key === unit.key) || (packsCountedAfter(cx, j + 2, unit) &&
      cur.some((p) => productHas(cx.m, p, `na:pack:${nt.value}`) && productHas(cx.m, p, `packword:${n1!.fold}`))))) {
    // (Not "bát đỏ 6 cái" when a red bowl is sold by the "cái": then it is how many; unless packs of that many of
    // that word are counted after it, "trứng vịt 30 quả lấy 2 khay", not "mì shin 1 lốc 5 gói".)
    // "bộ đũa bạc 10 đôi", "giấy dó trắng 50 tờ": the number of pieces one unit of a candidate holds.
    return { concept: `na:pack:${nt.value}`, end: j + 2 };
  } else if (unit !== undefined && unit.dim === 'count' && cur !== null && kindAmong(cx, `na:${n1!.fold}`, cur)) {
    // "vòng trầm 10 ly" for "Vòng tay trầm hương 10 ly", sold by the piece: a size written with a classifier (one
    // none of them comes in, "12 ly", is a size the shop does not sell).
    const concept = `na:${n1!.fold}:${nt.value}`;
    return { concept: hasAmong(cx, concept, cur) ? concept : null, end: j + 2 };
  } else if (isWord(n1) && (n1.fold === 'mau' || n1.fold === 'loai') && cur !== null && kindAmong(cx, `na:${n1.fold}`, cur)) {
    // "in logo 1 màu", "rèm 3x3 7 màu", "giỏ quà 3 loại": how many colours or kinds a candidate's name says it has (the
    // index keeps "màu" and "loại" there).
    const concept = `na:${n1.fold}:${nt.value}`;
    return { concept: hasAmong(cx, concept, cur) ? concept : null, end: j + 2 };
  } else {
    // "60 độ", "2 lớp"; not "6 chén" when "chén" heads a product of its own (then it counts cups).
    const h = lookup(cx, j + 1);
    // The catalog records "40 độ" under the folded word: "độ" and "đỏ" get a concept per spelling elsewhere
    // ("do~dộ"), but a grade's word is the same word however it is spelled.
    const word = h === null ? null : plainConcept(h.concept);
    // ("keo x2000 5 tuýp" beside "Thùng 24 tuýp keo X2000": a count in the word a candidate is sold by is the amount;
    // "quất 1m5 2 chậu" beside "Cặp quất … 1m5 (2 chậu)" and the single pot sold by the chậu too.)
    const soldBy = h !== null && cur !== null && cur.some((p) => unitOf(cx.m, p).key === n1!.fold);
    // "bộ chén rượu bạc 6 chén" for "Bộ chén rượu bạc (6 chén)": a candidate carries exactly this count of that word.
    // (When one is sold by that word too, the count closing the item with none before it is the amount.)
    if (h !== null && cur !== null && !(soldBy && closesUncounted(cx, j)) && hasAmong(cx, `na:${word}:${nt.value}`, cur)) return { concept: `na:${word}:${nt.value}`, end: j + 2 };
    // "2 bộ 6 chén": after a classifier the set is named by, the number is the set's, not a count of cups.
    const p1 = ts[j - 1];
    const afterClassifier = isWord(p1) && UNITS.get(p1)?.dim === 'count' && /^\d/.test(ts[j - 2]?.low ?? '') && lookup(cx, j - 1) !== null;
    // ("lưới 90 khổ 2m": "khổ", the width, leads a measure of its own; it is no attribute of the number before it.)
    const leadsMeasure = n1?.fold === 'kho' && /^\d/.test(ts[j + 2]?.low ?? '');
    if (h !== null && UNITS.get(ts[j + 1]) === undefined && (!isHead(cx.m, h.concept) || afterClassifier) && !soldBy && !leadsMeasure) {
      kind = `na:${word}`;
      end = j + 2;
      // "1 bộ 6 đĩa" for "Bộ đĩa (6 chiếc)": the number is how many pieces of the set's own noun it holds; the
      // noun goes on naming the set.
      if (afterClassifier && !kindAmong(cx, kind, cur) && cur !== null && kindAmong(cx, 'na:pack', cur) &&
        cur.some((p) => productHas(cx.m, p, h.concept))) {
        kind = 'na:pack';
        end = j + 1;
      }
    }
  }
  if (kind === null || !kindAmong(cx, kind, cur)) return null;
  const concept = `${kind}:${nt.value}`;
  if (hasAmong(cx, concept, cur)) return { concept, end };
  // ("chậu treo 25 trắng" beside alias "chậu treo 20 trắng" of the 20 cm one and "Chậu treo … 25cm … trắng": where only
  // aliases pair a number with that word, a size the candidates carry is that size, and the word goes on naming
  // them. Not "cọ 5 inch" beside "Cọ 3 inch (7.5cm)": the names count in that word.)
  if (cur !== null && !cur.some((p) => namesKind(cx, p, kind)) &&
    ['num', 'len', 'vol', 'mass', 'sz'].some((k) => hasAmong(cx, `${k}:${nt.value}`, cur))) return null;
  return { concept: null, end };
}


/** A spelled grade at j: ordinal + grade word ("first grade") or grade word + ordinal ("hạng nhất", "loại hai"). */
export function ordinalGrade(cx: ParseContext, j: number): { value: number; end: number } | null {
  const t = cx.ts[j];
  const n = cx.ts[j + 1];
  if (!isWord(t) || !isWord(n)) return null;
  const first = ORDINALS.get(t.low) ?? null;
  // ("first grade" is English; Vietnamese puts the grade word first: "moc nhi loai 1" is "mộc nhĩ loại 1", no "nhì".)
  if (first !== null && GRADE_WORDS.has(n) && cx.en) return { value: first, end: j + 2 };
  if (GRADE_WORDS.has(t)) {
    const v = ORDINALS.get(n.low) ?? (n.accented ? null : ORDINALS.get(n.fold)) ?? letterGrade(n.low);
    if (v !== null) return { value: v, end: j + 2 };
  }
  return null;
}


/** Some product (among cur, if given) has the concept. */
export function hasAmong(cx: ParseContext, concept: string, cur: readonly number[] | null): boolean {
  const list = productsOf(cx.m, concept);
  if (cur === null) return list.length > 0;
  for (const p of list) if (cur.includes(p)) return true;
  return false;
}


/** A grammar word that is also a catalog word extending the current phrase ("tơ" vs English "to"). */
export function stopIsProductWord(cx: ParseContext, t: Token, h: ConceptHit, cur: readonly number[] | null, j: number): boolean {
  if (cur === null && PRONOUNS.has(t)) return continues(cx, h, j + 1);
  if (cur === null) {
    if (!SEP_WORDS.has(t) && !NUMBER_BLOCKERS.has(t) && !ORDER_VERBS.has(t) && !PARTICLES.has(t) && !CHO.has(t) && !NEG_FINAL.has(t)) return true;
    // "hong tra" typed bare: "hồng trà", not "không", when the next word goes on with the same product's name.
    if (!t.accented && NEG_FINAL.has(t) && !PARTICLES.has(t) && !NUMBER_BLOCKERS.has(t) && !SEP_WORDS.has(t) &&
      continues(cx, h, j + 1)) return true;
    // "dia 20cm" typed bare: "đĩa" (plate), not "địa" (address), when a head noun goes on with its own product's words or size.
    if (t.accented || !isHead(cx.m, h.concept) || SEP_WORDS.has(t)) return false;
    // ("gui nho 2 gui vua 2" at a shop of "Gùi": a head noun typed bare like an order verb, "gửi", when the next word
    // goes on with its products' words; not before a number, "gui 2 cai".)
    if (ORDER_VERBS.has(t)) return isWord(cx.ts[j + 1]) && !/^\d/.test(cx.ts[j + 1]!.low) && continues(cx, h, j + 1);
    if (continues(cx, h, j + 1)) return true;
    const n = cx.ts[j + 1];
    const nt = isWord(n) ? readNumberToken(n.low) : null;
    if (nt === null || nt.kind !== 'num') return false;
    const mine = productsOf(cx.m, h.concept);
    if (nt.measure !== null) return mine.some((p) => productHas(cx.m, p, nt.measure!));
    return sizeNumber(cx, nt.value, nt.unit, j + 1, mine) !== null;
  }
  // "móc câu 200g a" typed bare: "ạ", unless a name writes the letter after the word before ("hop qua a").
  if (t.fold === 'a' && !t.cap && !pairEndsAt(cx, j)) return false;
  return cur.some((p) => productHas(cx.m, p, h.concept));
}

// ---- pairing quantities with products ---------------------------------------------------------

/** The lower-case word at k, if a word is there. */
function lowAt(ts: readonly Token[], k: number): string | undefined {
  const t = ts[k];
  return isWord(t) ? t.low : undefined;
}

/** Word i is part of a pair of the catalog's words, or a head noun typed bare that the next word goes on naming. */
export function inCatalogPair(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  const next = cx.ts[i + 1];
  if (pairEndsAt(cx, i) || pairEndsAt(cx, i + 1)) return true;
  // "lay 2 sao tone D": typed bare, a head noun ("sáo") that the next word goes on naming is no question word ("sao?").
  const h = t.accented ? null : lookup(cx, i);
  return h !== null && isHead(cx.m, h.concept) && isWord(next) && continues(cx, h, i + 1);
}

/** "quat ban mau hong": after "màu" a colour word is that colour ("hồng", pink), not "hông" (not) or "hỏng" (broken). */
export function colourAfterMau(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i];
  return isWord(t) && COLOURS.has(t) && isWord(cx.ts[i - 1]) && cx.ts[i - 1]!.fold === 'mau';
}

/**
 * The word at i is a word of a pair the catalog writes, spelled as the catalog spells it: "bỏ túi" (pocket-sized) of
 * "Ô gấp 5 mini bỏ túi" takes nothing back; "bỏ khóa 50" in a shop selling "Bộ khóa" still does.
 */
export function spelledInCatalogPair(cx: ParseContext, i: number): boolean {
  const t = cx.ts[i]!;
  return inCatalogPair(cx, i) && (!t.accented || spelledAs(cx.m, t.low));
}

/**
 * The catalog word at i goes on the product phrase before it, across sizes written as numbers: "chan 2m2 hong"
 * (chăn 2m2 hồng), not "hỏng" or "hông?".
 */
export function continuesBack(cx: ParseContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = cx.ts[k];
    if (!isWord(t)) return false;
    if (/^\d/.test(t.low) || COLOUR_KIND.has(t)) continue;
    const h = lookup(cx, k);
    return h !== null && continues(cx, h, i);
  }
  return false;
}


/** At k (after an order verb), a count of another classifier than `unit`: the packs ordered ("… 30 quả lấy 2 khay"). */
function packsCountedAfter(cx: ParseContext, k: number, unit: Unit): boolean {
  const at = isWord(cx.ts[k]) && ORDER_VERBS.has(cx.ts[k]!) ? k + 1 : k;
  const q = quantityOf(cx, at);
  return q !== null && q.unit !== null && q.unit.dim === 'count' && q.unit.key !== unit.key;
}

/**
 * "dây PE 8mm 35 mét", "lưới 2 phân 10m": right after a size of the names comes an amount in the same kind of unit;
 * the first is the size, the second how much.
 */
export function amountFollows(cx: ParseContext, k: number, unit: Unit): boolean {
  // ("nhom hop 20x40 day 1mm lay 15 met", "… cắt cho e 8 mét": an order verb and whom it is for may stand between.)
  for (let n = 0; n < 3 && isWord(cx.ts[k]) && (ORDER_VERBS.has(cx.ts[k]) || CHO.has(cx.ts[k]) || PRONOUNS.has(cx.ts[k])); n++) k++;
  const q = quantityOf(cx, k);
  return q !== null && q.unit !== null && q.unit.dim === unit.dim;
}

/** The word at j is a word of some of the products `cur` but not of all: it tells them apart. */
export function narrows(cx: ParseContext, j: number, cur: readonly number[]): boolean {
  // (In a message typed with diacritics, only as the catalog spells it: "cho" is no "chó".)
  const t = cx.ts[j]!;
  if (cx.accented && !t.accented && !spelledAs(cx.m, t.low)) return false;
  const h = lookup(cx, j);
  return h !== null && tellsApart(cx.m, h.concept, cur);
}

/** A model code: letters then digits ("e14", "st25", "a4"), not an "x2" count. */
const MODEL_CODE = /^(?!x\d)[a-z]+\d+[a-z0-9]*$/;
/** A model code of capital letters only ("pin AAA" beside "Pin AA"); a letter size is read as a size. */
const LETTER_CODE = /^(?!(?:XS|XL|XXL|XXXL)$)[A-Z]{2,4}$/;

/** The word is a model code ("đui E14", "pin AAA"). */
export function isModelCode(t: Token): boolean {
  return MODEL_CODE.test(t.low) || LETTER_CODE.test(t.raw);
}

/** "phin inox số 8", "giày số 38": "số" at j before a size or number the products named so far carry; its concept. */
export function modelNumber(cx: ParseContext, j: number, cur: readonly number[]): string | null {
  const n = cx.ts[j + 1];
  if (!NUMBER_LEADS.has(cx.ts[j]!.fold) || !isWord(n)) return null;
  const nt = readNumberToken(n.low);
  if (nt.kind !== 'num' || nt.unit !== null) return null;
  return [`sz:${nt.value}`, `num:${nt.value}`].find((c) => hasAmong(cx, c, cur)) ?? null;
}

/**
 * "áo màu đỏ", "son màu nào cũng được", "mỗi màu 2 thỏi": "màu" at j says a colour follows or asks which, a filler of
 * the phrase; as a word of a name ("chì màu", "chì màu 24": name-words.ts) it closes the phrase or comes before a
 * number.
 */
export function colourFiller(cx: ParseContext, c: Clause, j: number): boolean {
  const t = cx.ts[j]!;
  const n = cx.ts[j + 1];
  if (!(t.low === 'màu' || (t.low === 'mau' && COLOURS.has(n)))) return false;
  const closes = !isWord(n) || j + 1 >= c.end || /^\d/.test(n.low) || PARTICLES.has(n) || SEP_WORDS.has(n);
  return !closes || COLOURS.has(n) || EACH_HEAD.has(cx.ts[j - 1]);
}

/** The words from i to end, two or more, are all particles of courtesy or address ("cảm ơn", "thanks shop"). */
export function courtesyOnly(cx: ParseContext, i: number, end: number): boolean {
  let words = 0;
  for (let k = i; k < end; k++) {
    const t = cx.ts[k]!;
    if (!isWord(t)) continue;
    if (!PARTICLES.has(t)) return false;
    words++;
  }
  return words >= 2;
}

/**
 * "găng 10 oz đen", "pin 48v 12 ah" where the names glue the unit to the number ("10oz", "12ah"): the number at j and
 * the short word of plain letters after it, written together, are a word of a candidate's name; that word's hit.
 */
export function gluedWord(cx: ParseContext, j: number, cur: readonly number[]): ConceptHit | null {
  const t = cx.ts[j];
  const n = cx.ts[j + 1];
  if (!isWord(t) || !isWord(n) || !/^\d+$/.test(t.low) || !/^[a-z]{1,4}$/.test(n.low)) return null;
  const low = t.low + n.low;
  const h = lookupWord(cx.m, { ...n, raw: t.raw + n.raw, low, fold: low, accented: false, cap: false, bits: undefined }, false);
  return h !== null && h.concept === low && cur.some((p) => productHas(cx.m, p, low)) ? h : null;
}

/** Product p's own name (not an alias) carries a value of this kind ("na:inch:3" of "Cọ 3 inch"). */
function namesKind(cx: ParseContext, p: number, kind: string): boolean {
  for (const c of nameConcepts(cx.m, p)) if (c.startsWith(`${kind}:`)) return true;
  return false;
}
