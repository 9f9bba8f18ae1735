/**
 * Items of a list that drop the head noun and say only what differs from the item before: "da vụn loại A 1kg,
 * loại B 2kg", "mắm thái 500g 2 hũ, 1kg 1 hũ", "đèn bí cam: 30cm x 2, 40cm x 1", "áo khoác S, 1 M, 1 L". The
 * attribute replaces the one of the same kind in the phrase before (same sentence); the other words of that phrase
 * still name the kind of product. Resolved like any phrase: when the attribute fits no sibling, the reading asks.
 */
import { COLOURS, EACH_HEAD, GRADE_WORDS, LETTER_SIZES, NEGATIONS, ORDER_VERBS, PARTICLES, PRONOUNS, SEP_WORDS, SHAPES, SIZE_ADJECTIVES, letterGrade } from './lexicon.ts';
import { headOf, isWord, lookup, quantityOf } from './context.ts';
import type { Clause, Event, NounPhrase, ParseContext } from './context.ts';
import { hasMeasureKind, isHead, plainConcept, productHas, productsOf, resolveConcepts, unitOf } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import type { Quantity } from './numbers.ts';
import { CAN, CONTAINERS, UNITS, measureConcept, measureOf, readNumberToken } from './numbers.ts';
import { ANY_PIECE } from './units.ts';
import { ordinalGrade } from './attributes.ts';
import { heldAmount } from './measured-container.ts';
import { readNP } from './noun-phrase.ts';

/** The kind of an attribute concept: "mass:500" → "mass", "na:grade:101" → "na:grade". */
function kindOf(concept: string): string | null {
  const k = concept.lastIndexOf(':');
  return k > 0 ? concept.slice(0, k) : null;
}

/** The phrase of the item before, in the same sentence, and the products it fits. */
function itemBefore(cx: ParseContext, c: Clause, placed = true): NounPhrase | null {
  if (!placed) {
    // The phrase named last in the sentence, whether or not it has found its quantity yet.
    for (let k = cx.events.length - 1; k >= 0; k--) {
      const e = cx.events[k]!;
      if (cx.eventClauses[k]!.sentence !== c.sentence) return null;
      if (e.t === 'NP') return e.np;
    }
    return null;
  }
  const last = cx.mentions[cx.mentions.length - 1];
  if (last === undefined || last.sentence !== c.sentence || (placed && last.line === null && last.unresolved === null)) return null;
  return last.np;
}

/**
 * At the opening of a clause with no product phrase yet, a grade ("loại B") or a measure followed by a count
 * ("1kg 1 hũ", "40cm x 1") that some sibling of the item before carries: that sibling's phrase.
 */
export function elidedAttribute(cx: ParseContext, c: Clause, i: number, evs: readonly Event[]): NounPhrase | null {
  if (evs.some((e) => e.t === 'NP')) return null;
  const ts = cx.ts;
  const t = ts[i];
  if (!isWord(t)) return null;
  const bare = bareValue(cx, c, i);
  if (bare !== null) return bare;
  const boxed = containerFirst(cx, c, i);
  if (boxed !== null) return boxed;
  let concept: string | null = null;
  let end = i;
  if (GRADE_WORDS.has(t)) {
    const g = ordinalGrade(cx, i);
    if (g === null) return kindValue(cx, c, i);
    concept = `na:grade:${g.value}`;
    end = g.end;
  } else {
    const q = quantityOf(cx, i);
    // ("…, 20 lit 5c": a measure written apart from its number too.)
    const measure = q === null ? null : measureOf(q);
    if (q === null || measure === null || q.end >= c.end || q.x || q.label) return null;
    // ("1 met 50" where "mẹt" heads goods of the shop: the word is the goods, not a metre.)
    const unitWord = q.unitIdx >= 0 ? lookup(cx, q.unitIdx) : null;
    if (unitWord !== null && isHead(cx.m, unitWord.concept)) return null;
    const next = quantityOf(cx, q.end);
    if (next === null || next.measure !== null || (next.unit !== null && next.unit.dim !== 'count')) return null;
    concept = measure;
    end = q.end;
  }
  return siblingPhrase(cx, c, concept, i, end);
}

/**
 * "nước mắm 30 độ chai 1 lít 6 chai, chai 500ml 6 chai", "bánh mật ong hộp 10 chiếc x 5 hộp, túi 5 chiếc x 5 túi":
 * a container, then its measure or count, then the item's own amount: the sibling of the item before packed so (its
 * container and its measure of that kind replaced).
 */
function containerFirst(cx: ParseContext, c: Clause, i: number): NounPhrase | null {
  if (!CONTAINERS.has(cx.ts[i])) return null;
  const box = lookup(cx, i);
  if (box === null) return null;
  const q = quantityOf(cx, i + 1);
  if (q === null || q.start !== i + 1 || q.x || q.label || q.end >= c.end) return null;
  const concept = q.measure ?? (q.unit === null ? null : q.unit.dim === 'count' ? `na:pack:${q.value}` : measureConcept(q.value, q.unit));
  const next = quantityOf(cx, q.end);
  if (concept === null || next === null || next.measure !== null || (next.unit !== null && next.unit.dim !== 'count')) return null;
  const before = itemBefore(cx, c);
  if (before === null || !before.hits.some((h) => CONTAINERS.hasText(plainConcept(h.concept)))) return null;
  const kept: NounPhrase = { ...before, hits: before.hits.filter((h) => !CONTAINERS.hasText(plainConcept(h.concept))) };
  const np = siblingPhrase(cx, c, concept, i, q.end, { ...kept, hits: [...kept.hits, { concept: box.concept, weight: 1 }] });
  return np !== null && !np.unknownAttr ? np : null;
}

/**
 * "…, loại 8.2 nhé", "…, loại 6 quả nha", "…, lấy loại bịch 20": after a grade word opening the clause, a value that a
 * sibling of the item before carries (a model's number, a size, a pack's count) names that sibling.
 */
function kindValue(cx: ParseContext, c: Clause, i: number, counted = false): NounPhrase | null {
  const ts = cx.ts;
  let j = i + 1;
  // ("loại bịch 20": a container, then how many it holds.)
  const packed = isWord(ts[j]) && CONTAINERS.has(ts[j]!) && /^\d/.test(ts[j + 1]?.low ?? '');
  if (packed) j++;
  const n = ts[j];
  const nt = isWord(n) && /^\d/.test(n.low) ? readNumberToken(n.low) : null;
  if (nt === null || nt.kind !== 'num') return null;
  let end = j + 1;
  let concepts: string[];
  if (nt.measure !== null) concepts = [nt.measure];
  else if (nt.unit !== null) return null;
  else {
    const u = UNITS.get(ts[j + 1]);
    const measure = u !== undefined && u.dim !== 'count' && u.dim !== 'pair' ? measureConcept(nt.value, u) : null;
    if (u !== undefined && (u.dim === 'count' || u.dim === 'pair')) concepts = [`na:pack:${nt.value}`];
    else if (measure !== null) concepts = [measure];
    else concepts = packed ? [`na:pack:${nt.value}`] : [`num:${nt.value}`, `sz:${nt.value}`, `na:grade:${nt.value}`, `na:pack:${nt.value}`];
    if (u !== undefined) end = j + 2;
    // ("loại 35 độ", "loại 3 tầng": a number and the word the catalog's names count it in, as attributes.ts reads them.)
    const w = ts[j + 1];
    const named = u === undefined && !packed && isWord(w) ? `na:${w.fold}:${nt.value}` : null;
    if (named !== null && productsOf(cx.m, named).length > 0) {
      concepts = [named];
      end = j + 2;
    }
  }
  // After an amount ("…, 2 chai loại 35 độ", counted): the sibling of the placed item before with that value in place
  // of its own. Else only to settle an item left open among siblings, in a clause that rules nothing out ("đừng gửi
  // loại 3m", "không phải loại 1" name what is not wanted).
  // (Or, a measure of the same kind as one the item before carries, to name its sibling of that size: "phân bón lá 500ml
  // lấy hai chai, loại 1 lít lấy một chai".)
  const before = counted ? itemBefore(cx, c) : itemBefore(cx, c, false);
  if (before === null || c.neg) return null;
  const measured = concepts.length === 1 && /^(vol|mass|len|na):/.test(concepts[0]!) && before.hits.some((h) => kindOf(h.concept) === kindOf(concepts[0]!)) &&
    !cx.ts.slice(c.start, i).some((t) => NEGATIONS.has(t) || t.low === 'đừng'); // (not "đừng gửi loại 3m")
  if (!counted && !measured && resolveConcepts(cx.m, before.hits, null, before.unknownAttr).candidates.length < 2) return null;
  for (const concept of concepts) {
    const np = siblingPhrase(cx, c, concept, i, end, before, !counted);
    if (np !== null && !np.unknownAttr) return np;
  }
  return null;
}

/** The phrase of the item before with its attribute of the concept's kind replaced by the concept. */
function siblingPhrase(cx: ParseContext, c: Clause, concept: string, start: number, end: number, before = itemBefore(cx, c), header = false): NounPhrase | null {
  const kind = kindOf(concept);
  if (kind === null || before === null || lookup(cx, end) !== null) return null;
  const hits: ConceptHit[] = before.hits.filter((h) => kindOf(h.concept) !== kind);
  // (A header names the kind without the value: "thân lân:" before "1 cái 2m".)
  if (hits.length === 0 || (hits.length === before.hits.length && !header)) return null;
  const r = resolveConcepts(cx.m, hits, null, false, headOf(cx, before));
  const has = r.candidates.some((p) => productHas(cx.m, p, concept));
  // "loại C" when the siblings come in A and B only: a variant the shop does not sell; the phrase asks.
  if (!has && !r.candidates.some((p) => hasMeasureKind(cx.m, p, kind))) return null;
  hits.push({ concept, weight: 1 });
  return { start, end, hits, unknownAttr: !has, headUnknown: false, unknown: 0, allCaps: false, implied: false };
}

/**
 * "kỷ tử loại A, B mỗi loại 2 lạng", "nhẫn trơn ni 12, 14 mỗi size 1 chiếc", "quai nón đỏ, hồng mỗi màu 2 cái": a bare
 * value in a list (a letter grade, a size number, a colour) goes on the item before, in place of its own value of
 * that kind. A colour the catalog does not have, or a value no sibling has, makes the item ask.
 */
function bareValue(cx: ParseContext, c: Clause, i: number): NounPhrase | null {
  const ts = cx.ts;
  const t = ts[i]!;
  // "nồi số 1 lấy 3 cái, số 2 lấy 2 cái": "số" and its number are the value.
  const numbered = t.fold === 'so' && /^\d{1,3}$/.test(ts[i + 1]?.low ?? '') ? i + 1 : -1;
  const v = numbered >= 0 ? ts[numbered]! : t;
  const end = (numbered >= 0 ? numbered : i) + 1;
  const next = ts[end];
  // The value ends its item: the list goes on ("và", "mỗi"), or the item's own amount follows ("dép size 38 lấy
  // 2 đôi, 40 lấy 1 đôi", "túi quai tròn 30 lấy 2, 35 lấy 1", "quần tây đen 30 x3, 32 x5").
  // (Not "2 goi robusta": "goi" typed bare before goods is "gói", a classifier, no "gọi".)
  const packed = isWord(next) && UNITS.get(next) !== undefined && lookup(cx, end + 1) !== null;
  const ownAmount = isWord(next) && ((ORDER_VERBS.has(next) && !packed) || /^[x×]?\d/.test(next.low)) && c.start === i;
  if (end < c.end && !(isWord(next) && (SEP_WORDS.has(next) || EACH_HEAD.has(next))) && !ownAmount) return null;
  const before = itemBefore(cx, c, false);
  if (before === null) return null;
  // ("bánh cáy loại 1 85k đúng không c, e lấy 6 hộp": a lower-case pronoun before an order verb is the customer, no grade E.)
  const grade = numbered >= 0 || (!t.cap && PRONOUNS.has(t) && isWord(next) && ORDER_VERBS.has(next)) ? null : letterGrade(t.low);
  if (COLOURS.has(t) && lookup(cx, i) === null) {
    // A colour word the catalog never uses: the shop has no such colour.
    const hits = before.hits.filter((h) => !COLOURS.hasText(h.concept));
    return { start: i, end: i + 1, hits, unknownAttr: true, headUnknown: false, unknown: 0, allCaps: false, implied: false };
  }
  // "bánh đa cua nhỏ 2, to 2", "thùng rác đạp chân xanh 1, đỏ 1": a size word or a colour the item before carried,
  // replaced by another the catalog uses.
  const shape = SHAPES.has(t) || (COLOURS.has(t) && !c.neg && colourCloses(cx, c, end)) ? lookup(cx, i) : null;
  if (shape !== null && numbered < 0) {
    const kindOfWord = SHAPES.has(t) ? SHAPES : COLOURS;
    const others = before.hits.filter((h) => !kindOfWord.hasText(plainConcept(h.concept)));
    if (others.length < before.hits.length && others.length > 0) {
      let hits = [...others, shape];
      let stop = end;
      // ("đồng hồ tròn 30 một cái, tròn 40 một cái": a number right after the word is the item's size, in place of the
      // size of the item before.)
      const n = ts[end];
      // (Only a size some goods come in, and not with the count's own classifier right after it: "đỏ 2 cái" after
      // "khăn len xám 1m8 3 cái", "vàng 10 con" after "chuồn chuồn 18cm đỏ 20 con" count them.)
      const sized = isWord(n) && /^\d{1,3}$/.test(n.low) ? others.find((h) => /^(len|sz|num):/.test(h.concept)) : undefined;
      const size = sized === undefined ? null : `${kindOf(sized.concept)}:${Number(n!.low)}`;
      if (size !== null && productsOf(cx.m, size).length > 0 && UNITS.get(ts[end + 1])?.dim !== 'count') {
        hits = [...others.filter((h) => h !== sized), shape, { concept: size, weight: 1 }];
        stop = end + 1;
      } else if (isWord(n) && /^\d/.test(n.low)) {
        // ("chao đèn tròn 40cm 2 cái, tròn 60cm 1 cái": a measure with its unit, of a kind the item before carries, is
        // the item's own, in place of that one.)
        const q = quantityOf(cx, end);
        const m = q === null || q.x || q.label ? null : measureOf(q);
        const held = m === null ? undefined : others.find((h) => kindOf(h.concept) === kindOf(m));
        if (held !== undefined && productsOf(cx.m, m!).length > 0) {
          hits = [...others.filter((h) => h !== held), shape, { concept: m!, weight: 1 }];
          stop = q!.end;
        }
      }
      const r = resolveConcepts(cx.m, hits, null, false, headOf(cx, before));
      if (r.candidates.length > 0 && !r.conflict) return { start: i, end: stop, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false };
    }
  }
  let kind: string | null = null;
  let value: number | null = null;
  if (grade !== null && t.raw.length === 1 && before.hits.some((h) => h.concept.startsWith('na:grade:'))) {
    kind = 'na:grade';
    value = grade;
  } else if (/^\d{1,3}$/.test(v.low)) {
    // (a length said bare only opening its own item: "30, 35 mỗi cỡ 1" could be amounts)
    // ("cây lau dẹt 40 và 60 mỗi loại 1": before "mỗi loại" and its amount, the bare number is the sibling's length.)
    // (Or the list goes on with more such numbers first: "chậu 20, 30, 40 mỗi cỡ 2 cái".)
    let e = end;
    while (e < ts.length && (!isWord(ts[e]) ? ts[e]!.kind === 'soft' : /^\d{1,3}$/.test(ts[e]!.low) || SEP_WORDS.has(ts[e]))) e++;
    // ("… mỗi loại một": the amount after "mỗi" spelled out too.)
    const eachAfter = isWord(ts[e]) && EACH_HEAD.has(ts[e]) && (/^\d/.test(ts[e + 2]?.low ?? '') || (isWord(ts[e + 2]) && quantityOf(cx, e + 2) !== null));
    const sized = before.hits.find((h) => /^(sz|na:grade|num):/.test(h.concept) || ((ownAmount || eachAfter) && /^len:/.test(h.concept)));
    if (sized !== undefined) {
      kind = kindOf(sized.concept);
      value = Number(v.low);
    }
  }
  if (kind === null || value === null) return null;
  const k = kind;
  const sibling = siblingPhrase(cx, c, `${kind}:${value}`, i, end, before);
  // (A length read only because "mỗi loại" follows, and no one sibling of it: the "each" reading decides.)
  if (sibling === null && kind === 'len' && !ownAmount) return null;
  // A size or grade no sibling has ("ni 12, 16" when rings come in 12 and 14): the item asks.
  return sibling ??
    { start: i, end, hits: before.hits.filter((h) => kindOf(h.concept) !== k), unknownAttr: true, headUnknown: false, unknown: 0, allCaps: false, implied: false };
}

/**
 * After a colour in a list, only its amount closes the item ("xanh 1, đỏ 1", "đỏ x2", "vàng 1 túi"): not "đỏ 3m" or
 * "trắng 41 cộc tay", which go on naming what else differs.
 */
function colourCloses(cx: ParseContext, c: Clause, end: number): boolean {
  const ts = cx.ts;
  let k = end;
  if (isWord(ts[k]) && /^[x×]?\d+$/.test(ts[k]!.low)) {
    k++;
    if (isWord(ts[k]) && UNITS.get(ts[k])?.dim === 'count') k++;
  }
  return closesItem(cx, c, k) || EACH_HEAD.has(ts[k]);
}

/**
 * The counted word at k heads goods of the shop's own that the item before does not name: those goods, no sibling
 * ("1 chum 50 lít với 2 hũ 5 lít", "chậu vuông trắng 20cm 3 cái với 3 khay 20").
 */
function headsOtherGoods(cx: ParseContext, k: number, before: NounPhrase): boolean {
  const counted = k >= 0 ? lookup(cx, k) : null;
  return counted !== null && isHead(cx.m, counted.concept) && !before.hits.some((h) => h.concept === counted.concept);
}

/** Nothing at k goes on naming the item: the clause ends, or a mark, a particle or a list word stands there. */
function closesItem(cx: ParseContext, c: Clause, k: number): boolean {
  const t = cx.ts[k];
  return k >= c.end || !isWord(t) || PARTICLES.has(t) || SEP_WORDS.has(t);
}

/** "1 đỉnh đồng 30cm, thêm 2 cái 40cm": a count, then a size with no noun, names the sibling of the item before. */
export function countThenSize(cx: ParseContext, c: Clause, i: number, evs: readonly Event[]): { q: Quantity; np: NounPhrase } | null {
  // ("thân lân: 1 cái 2m, 2 cái 3m5": after a header and its colon, the items are of the header's kind.)
  const afterColon = cx.ts[i - 1]?.kind === 'colon';
  let header: NounPhrase | null = null;
  if (afterColon) for (const e of evs) if (e.t === 'NP') header = e.np;
  if (evs.some((e) => e.t === 'NP') && header === null) return null;
  let q = quantityOf(cx, i);
  if (q === null || q.x || q.label) return null;
  if (header === null && (q.unit !== null || q.measure !== null)) {
    const kind = countThenKind(cx, c, q);
    if (kind !== null) return kind;
  }
  if (q.measure !== null || q.words) return null;
  const m = quantityOf(cx, q.end);
  // ("giày tây đen 41 lấy 1 đôi, thêm 1 đôi 42 nữa": pairs too, before a bare number of the kind the item was told by.)
  if (q.unit?.dim === 'pair' && (m === null || m.measure !== null)) return null;
  if (q.unit !== null && q.unit.dim !== 'count' && q.unit.dim !== 'pair') {
    // ("1 can 5 lít": "can" typed bare before a volume is a can, no kilogram.)
    if (cx.ts[q.unitIdx]?.low !== 'can' || m?.unit?.dim !== 'volume') return null;
    q = { ...q, unit: CAN };
  }
  if (m === null && header === null && q.unit !== null) return countThenSizeWord(cx, c, q);
  if (m === null || m.end > c.end) return null;
  if (m.measure === null) {
    const apart = header === null ? measureApart(cx, c, q, m) : null;
    if (apart !== null) return apart;
    return header !== null || q.unit === null ? null : (countThenValue(cx, c, q, m) ?? heldMeasure(cx, c, q, m));
  }
  const np = header !== null ? siblingPhrase(cx, c, m.measure, m.start, m.end, header, true) : siblingPhrase(cx, c, m.measure, m.start, m.end);
  if ((np === null || np.unknownAttr) && header === null && q.unit !== null) return heldMeasure(cx, c, q, m) ?? (np === null ? null : { q, np });
  return np === null ? null : { q, np };
}

/**
 * "2 chai mắm 40 độ 500ml và 1 chai 1 lít", "2 túi vải sấy 1 kg với 3 túi 500 gam": a counted container, then a weight
 * or volume written apart from its number that closes the item, names the sibling of the item before that holds so
 * much (in that container, when the catalog's names tell containers apart).
 */
function measureApart(cx: ParseContext, c: Clause, q: Quantity, m: Quantity): { q: Quantity; np: NounPhrase } | null {
  const measure = measureOf(m);
  if (measure === null || !closesItem(cx, c, m.end)) return null;
  let before = itemBefore(cx, c);
  if (before === null) return null;
  if (headsOtherGoods(cx, q.unitIdx, before)) return null;
  const box = q.unitIdx >= 0 && CONTAINERS.has(cx.ts[q.unitIdx]) ? lookup(cx, q.unitIdx) : null;
  if (box !== null) before = { ...before, hits: [...before.hits.filter((h) => !CONTAINERS.hasText(plainConcept(h.concept))), { concept: box.concept, weight: 1 }] };
  const np = siblingPhrase(cx, c, measure, m.start, m.end, before);
  return np === null ? null : { q, np };
}

/**
 * "mật mía 2 chai 500ml với 1 can 5 lít": a counted container, then a weight or volume no sibling's name carries,
 * after an item with one sibling sold by that measure: the item's words, with no span of their own, so that the
 * measure after them is read as what each container holds (measured-container.ts).
 */
function heldMeasure(cx: ParseContext, c: Clause, q: Quantity, m: Quantity): { q: Quantity; np: NounPhrase } | null {
  const before = itemBefore(cx, c);
  // (Not more of the item before, "1 lít dầu khoáng, thêm 1 chai 500ml nữa", which adds to its line.)
  if (before === null || m.unit === null || c.more) return null;
  if (headsOtherGoods(cx, q.unitIdx, before)) return null;
  // (The measure closes the item: "1 can 2 lit tuong ban" goes on naming other goods.)
  if (!closesItem(cx, c, m.end)) return null;
  const hits = before.hits.filter((h) => !/^(vol|mass):/.test(h.concept));
  if (hits.length === 0) return null;
  const r = resolveConcepts(cx.m, hits, null, false, headOf(cx, before));
  if (r.conflict || heldAmount(cx, hits, q, m, r.candidates) === null) return null;
  return { q, np: { start: m.start, end: m.start, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false } };
}

/**
 * "5 cân tám xoan loại 1, 5 cân loại 2", "1 cái khuôn ép đậu loại to, 1 cái loại nhỏ": an amount, then "loại" and a
 * grade or a size word closing the item, names the sibling of the item before with that grade or size in place of its
 * own (a grade no sibling has leaves the phrase asking).
 */
function countThenKind(cx: ParseContext, c: Clause, q: Quantity): { q: Quantity; np: NounPhrase } | null {
  if (!GRADE_WORDS.has(cx.ts[q.end])) return null;
  const g = ordinalGrade(cx, q.end);
  if (g === null) {
    // (The words after "loại" as a count's words are read, "2 chai loại 500ml" of the sibling sharing the most words
    // with the item before; else a number after it as kindValue reads it after a comma, "5 cân loại 2".)
    const words = countThenSizeWord(cx, c, q, q.end + 1) ?? countThenWords(cx, c, q);
    if (words !== null) return words;
  }
  const np = g !== null ? siblingPhrase(cx, c, `na:grade:${g.value}`, q.end, g.end) : (kindValue(cx, c, q.end, true) ?? kindValue(cx, c, q.end));
  return np !== null && closesItem(cx, c, np.end) ? { q, np } : null;
}

/**
 * "2 cháo lòng phần lớn, 1 phần nhỏ": a count with its classifier, then a size word (at k, after "loại" or right after
 * the count) where the item before has another ("lớn"), names the one sibling with it.
 */
function countThenSizeWord(cx: ParseContext, c: Clause, q: Quantity, k = q.end): { q: Quantity; np: NounPhrase } | null {
  const t = cx.ts[k];
  if (k === q.end && isWord(t) && !SIZE_ADJECTIVES.includes(t.fold) && q.end < c.end) return countThenWords(cx, c, q);
  if (!isWord(t) || !SIZE_ADJECTIVES.includes(t.fold) || k >= c.end) return null;
  // (Closing the item: "1 chai to 45 độ" goes on naming another thing.)
  if (!closesItem(cx, c, k + 1)) return null;
  const before = itemBefore(cx, c);
  const said = lookup(cx, k);
  const other = before?.hits.find((h) => SIZE_ADJECTIVES.includes(plainConcept(h.concept)));
  if (before === null || said === null || other === undefined || plainConcept(other.concept) === plainConcept(said.concept)) return null;
  const hits = [...before.hits.filter((h) => h !== other), said];
  const r = resolveConcepts(cx.m, hits, q.unit, false, headOf(cx, before));
  if (r.conflict || r.candidates.length !== 1) return null;
  return { q, np: { start: q.end, end: k + 1, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false } };
}

/**
 * "lấy 4 lốc sữa chua có đường với 2 lốc ko đường", "khăn mặt xanh 2 cái, thêm 1 cái hồng nữa": a count with its
 * classifier, then words that name no goods of their own and fit several products alone, after an item: the sibling
 * of the item's head noun, sold by that classifier or counted by a bare "cái", that has those words and, of all such
 * siblings, the most words of the item before (only one may).
 */
function countThenWords(cx: ParseContext, c: Clause, q: Quantity): { q: Quantity; np: NounPhrase } | null {
  // ("2 hộp quà 6 hộp + 2 túi giấy": a classifier that heads goods of its own names them with the words after it.)
  const counted = q.unitIdx >= 0 ? lookup(cx, q.unitIdx) : null;
  if (counted !== null && isHead(cx.m, counted.concept)) return null;
  const said = readNP(cx, c, q.end, false);
  if (said === null || said.hits.length === 0 || said.unknownAttr || said.headUnknown || said.unknown > 0) return null;
  if (said.hits.some((h) => isHead(cx.m, h.concept))) return null;
  // (The words close the item: "1 cái mặt hình bướm" says more than "mặt".)
  if (!closesItem(cx, c, said.end)) return null;
  // (Words that name one product alone are read as they stand: "1 hũ nghệ 500g".)
  const alone = resolveConcepts(cx.m, said.hits, null, false);
  if (!alone.conflict && alone.candidates.length < 2) return null;
  const before = itemBefore(cx, c);
  const head = before !== null ? headOf(cx, before) : null;
  if (before === null || head === null || head.startsWith('sku:')) return null;
  const r = resolveConcepts(cx.m, [{ concept: head, weight: 1 }, ...said.hits], null, false, head);
  if (r.conflict || r.candidates.length === 0) return null;
  const shared = (p: number): number => before.hits.filter((h) => productHas(cx.m, p, h.concept)).length;
  const whole = r.candidates.filter((p) => said.hits.every((h) => productHas(cx.m, p, h.concept)));
  if (whole.length === 0) return null;
  const most = Math.max(...whole.map(shared));
  const best = whole.filter((p) => shared(p) === most);
  // ("1 phin nhôm, 1 ly sứ": a cup is no filter; the classifier is the one the sibling is sold by, or a bare piece.)
  if (best.length !== 1 || !(q.unit === null || q.unit.key === unitOf(cx.m, best[0]!).key || ANY_PIECE.has(cx.ts[q.unitIdx]))) return null;
  const hits = [...before.hits.filter((h) => productHas(cx.m, best[0]!, h.concept) && !said.hits.some((x) => x.concept === h.concept)), ...said.hits];
  return { q, np: { ...said, hits } };
}

/**
 * "5 thanh socola đen 70% 50g + 5 thanh 85 50g": a count with its classifier, then a bare number of the kind the item
 * before was told apart by (a percentage, a size, a model number) and any measures after it, names that sibling.
 */
function countThenValue(cx: ParseContext, c: Clause, q: Quantity, m: Quantity): { q: Quantity; np: NounPhrase } | null {
  // ("Hôm qua đặt 1 bát hương 20 rồi, giờ lấy thêm 1 cái 16 nữa": more, after goods bought before and not placed now.)
  const before = itemBefore(cx, c) ?? (c.more ? itemBefore(cx, c, false) : null);
  if (before === null || m.unit !== null || m.words || m.x || m.label || !/^\d{1,3}$/.test(cx.ts[m.start]!.low)) return null;
  const valued = before.hits.find((h) => /^(pct|sz|num|len|na:grade):/.test(h.concept));
  if (valued === undefined) return null;
  // ("chậu vuông trắng 20cm 3 cái với 3 khay 20")
  if (headsOtherGoods(cx, q.unitIdx, before)) return null;
  const said = [`${kindOf(valued.concept)}:${m.value}`];
  let end = m.end;
  for (let n = quantityOf(cx, end); n !== null && n.measure !== null && n.end <= c.end; n = quantityOf(cx, end)) {
    said.push(n.measure);
    end = n.end;
  }
  if (lookup(cx, end) !== null) return null;
  const kinds = new Set(said.map(kindOf));
  const hits: ConceptHit[] = [...before.hits.filter((h) => !kinds.has(kindOf(h.concept))), ...said.map((concept) => ({ concept, weight: 1 }))];
  const r = resolveConcepts(cx.m, hits, q.unit, false, headOf(cx, before));
  if (r.candidates.length === 0 || r.conflict) return null;
  return { q, np: { start: m.start, end, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false } };
}

/**
 * "…, 1 M, 1 L": a number and an upper-case letter size with no noun, after a phrase whose products come in that
 * size: the count of that size of the product named before. (Lower-case "1 m" stays a metre.)
 */
export function letterSizeInList(cx: ParseContext, c: Clause, i: number, before: NounPhrase | null): { q: Quantity; np: NounPhrase } | null {
  const t = cx.ts[i]!;
  const s = cx.ts[i + 1];
  if (!/^\d{1,3}$/.test(t.low) || !isWord(s) || i + 2 > c.end || !LETTER_SIZES.has(s.fold) || s.raw !== s.raw.toUpperCase()) return null;
  const n = cx.ts[i + 2];
  if (isWord(n) && lookup(cx, i + 2) !== null) return null; // "2 M khăn" names its own noun
  const head = before !== null ? headOf(cx, before) : null;
  if (head === null || head.startsWith('sku:')) return null;
  const sized = productsOf(cx.m, s.fold).filter((p) => productHas(cx.m, p, head));
  if (sized.length === 0 || sized.some((p) => unitOf(cx.m, p).dim === 'length')) return null;
  const value = Number(t.low);
  const q: Quantity = { value, unit: null, start: i, end: i + 1, words: false, x: false, label: false, unitIdx: -1, measure: null, multiplied: false };
  const hits: ConceptHit[] = [{ concept: head, weight: 1 }, { concept: s.fold, weight: 1 }];
  return { q, np: { start: i + 1, end: i + 2, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false } };
}
