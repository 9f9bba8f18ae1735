/**
 * Stage 5: resolves a mentioned phrase against the catalog and records an order line, or a question when the
 * phrase does not name exactly one product.
 */
import { namedByPrice } from './price-said.ts';
import { measuredContainer } from './measured-container.ts';
import { singulars } from './normalize.ts';
import { COLOURS, COMMON, FILLERS, GRADE_WORDS, MEASURE_LEADS, NON_PRODUCT_NOUNS, PHRASE_ENDERS, QUALITY, SHAPES } from './lexicon.ts';
import { closestTo, sellsBy, unitOf, headsProduct, isProductUnitWord, headsSet, isAttr, namesVariant, isProperNoun, namedFully, plainConcept, productHas, productsOf, resolveConcepts, skuOf, wordsAfter, productHeadsOf, sharedConcepts, nameConcepts } from './matcher.ts';
import { CONTAINERS, UNITS, productUnit } from './numbers.ts';
import type { Quantity } from './numbers.ts';
import { ParseContext, SET_HEADS, headOf, isStop, isWord, lineBefore, lookup, phraseOf, quantityOf } from './context.ts';
import { EN_FUNCTION } from './language.ts';
import type { Line, Mention, NounPhrase, Unresolved } from './context.ts';
import { convert, multiplierOf } from './convert.ts';
import { eachScope } from './each-scope.ts';
import { halfAmong, halfNamed } from './half-named.ts';
import { singleOverSet } from './single-over-set.ts';
import { rangeFit } from './range-fit.ts';
import { byWordOrder } from './word-order.ts';
import { namedWhole } from './named-whole.ts';
import { namedByAlias } from './named-alias.ts';
import { packForAmount, packForPieces } from './pack-for-amount.ts';
import { looseOrPacked } from './loose-or-packed.ts';
import { namedByMultiplier } from './multiplier-name.ts';
import { outerPack } from './outer-pack.ts';
import { otherSizeOfOne, superlative } from './superlative.ts';
import { namedExtra } from './add-on.ts';
import { goodsBefore } from './one-for-goods.ts';

/** The most products one "mỗi loại" may order without asking: more reads as a phrase caught too wide. */
const MAX_EACH = 6;

/** Resolves a mention and records its order line(s) or its unresolved entry. */
export function place(cx: ParseContext, m: Mention, q: Quantity | null, each: boolean, implied: boolean): void {
  // ("… and 5 yellow ones": the goods named before, one-for-goods.ts.)
  const sibling = goodsBefore(cx, m);
  if (sibling !== null) m.np = sibling;
  const np = m.np;
  if (q) cx.usedQ.add(q);
  const value = q ? q.value : 1;
  const phrase = phraseOf(cx, np);
  if (np.hits.length === 0 || np.headUnknown) {
    addUnresolved(cx, m, { phrase, qty: value, candidates: [], implied });
    return;
  }
  const cased = outerPack(cx, np, q);
  if (cased !== null) {
    addLine(cx, m, { product: cased.product, qty: cased.qty, implied, np: m.np, q });
    return;
  }
  let r = resolveConcepts(cx.m, np.hits, q?.unit ?? null, np.unknownAttr, headOf(cx, np));
  // ("lấy 2 can bàu đá 40" beside the bottle, whose alias the phrase's head opens, and the can: typed bare, "can" is
  // the can the shop sells by when the one product read is sold by neither the kilo nor the can.)
  const misfit = q?.alt !== undefined && q.unit !== null && r.candidates.length === 1 && !sellsBy(cx.m, r.candidates[0]!, q.unit);
  if (q?.alt && (r.candidates.length > 1 || misfit)) {
    const ra = resolveConcepts(cx.m, np.hits, q.alt, np.unknownAttr, headOf(cx, np));
    if (ra.candidates.length < r.candidates.length || (misfit && !ra.conflict && ra.candidates.length === 1 && sellsBy(cx.m, ra.candidates[0]!, q.alt))) r = ra;
  }
  // "2 chục xiêm lửa" beside "Dừa xiêm lửa" by the trái and "Dừa xiêm lửa chục 12 trái" by the chục: the word that
  // multiplied the count names the pack, though the phrase's head names the single fruit by alias.
  // (Not with the pieces' own classifier after it, "1 chục đôi găng tay len": ten pairs.)
  const by = q?.multiplied && q.unit === null ? multiplierOf(cx, q) : null;
  if (by !== null && !r.candidates.some((p) => productHas(cx.m, p, by.fold))) {
    const rm = resolveConcepts(cx.m, [...np.hits, { concept: by.fold, weight: 1 }], null, np.unknownAttr, headOf(cx, np));
    if (!rm.conflict && rm.candidates.length === 1 && productHas(cx.m, rm.candidates[0]!, by.fold) && np.hits.every((h) => productHas(cx.m, rm.candidates[0]!, h.concept))) r = rm;
  }
  // "10 củ tulip" beside "Củ tulip (1 củ)", sold by the củ, and "Củ tulip túi 5 củ", sold by the túi: the word right
  // after the count heads both names and is the unit one of them is sold in; it counts that one. (Not a container or a
  // set, "1 hộp bút", "1 bộ trang điểm": those may hold any of the kinds.)
  const counted = q !== null && q.unit === null && q.end === np.start && r.candidates.length > 1 ? cx.ts[np.start] : undefined;
  if (isWord(counted) && isProductUnitWord(cx.m, counted) && !CONTAINERS.has(counted) && !SET_HEADS.includes(counted.fold)) {
    const ru = resolveConcepts(cx.m, np.hits, productUnit(counted.low), np.unknownAttr, headOf(cx, np));
    if (!ru.conflict && ru.candidates.length > 0 && ru.candidates.length < r.candidates.length) r = ru;
  }
  // "chả giò tôm 1 hộp 20 cái" beside boxes of 20 and of 30: a container said with the pieces it holds names the sibling
  // packed so.
  if (q?.outer !== undefined && q.unit !== null && r.candidates.length > 1) {
    const pack = `na:pack:${q.value / q.outer.value}`;
    const word = `packword:${q.unit.key}`;
    const fit = r.candidates.filter((p) => productHas(cx.m, p, pack) && productHas(cx.m, p, word));
    if (fit.length > 0 && fit.length < r.candidates.length) r = { candidates: fit, conflict: r.conflict };
  }
  // "10 tam van ep 12 ly" where every candidate is sold by the "tấm" and one name has the word too ("… cắt nửa tấm"):
  // typed bare right after the count, the word is the unit the goods are counted in, not a word naming that one.
  const unitWord = q !== null && q.unit === null && q.end === np.start && np.hits.length > 1 ? cx.ts[np.start] : undefined;
  // (Not the name's own head noun, "2 bộ cộc tay 0-3 tháng" of "Bộ cộc tay …".)
  if (isWord(unitWord) && isProductUnitWord(cx.m, unitWord) && lookup(cx, np.start)?.concept === np.hits[0]!.concept &&
    !r.candidates.some((p) => headsProduct(cx.m, p, np.hits[0]!.concept))) {
    const unit = productUnit(unitWord.low);
    const rest = resolveConcepts(cx.m, np.hits.slice(1), unit, np.unknownAttr, np.hits[1]!.concept);
    if (!rest.conflict && rest.candidates.length > r.candidates.length && r.candidates.every((p) => rest.candidates.includes(p)) &&
      rest.candidates.every((p) => unitOf(cx.m, p).key === unit.key)) r = rest;
  }
  if ((q?.vague || (np.sizeOrAmount && q !== null && q.measure !== null && q.start === np.end)) && !r.conflict) {
    addUnresolved(cx, m, { phrase, qty: value, candidates: r.candidates.map((p) => skuOf(cx.m, p)), implied });
    return;
  }
  if (r.conflict || r.candidates.length === 0) {
    addUnresolved(cx, m, { phrase, qty: value, candidates: [], implied });
    return;
  }
  const both = r.candidates.length === 1 ? looseOrPacked(cx, np, q, r.candidates[0]!) : null;
  if (both !== null) {
    addUnresolved(cx, m, { phrase, qty: value, candidates: both.map((p) => skuOf(cx.m, p)), implied });
    return;
  }
  const measured = measuredContainer(cx, np, q, r.candidates);
  if (measured !== null) {
    cx.usedQ.add(measured.size);
    addLine(cx, m, { product: measured.product, qty: measured.qty, implied, np: m.np, q });
    return;
  }
  if (r.candidates.length > 1 && (each || np.each)) {
    const scope = eachScope(cx, r.candidates);
    // "mỗi chai rượu thuốc 1 chai" over a dozen bottles: more than a customer lists by "each"; ask which.
    if (scope.length > MAX_EACH) {
      addUnresolved(cx, m, { phrase, qty: value, candidates: scope.map((p) => skuOf(cx.m, p)), implied });
      return;
    }
    for (const p of scope) {
      const qty = q ? convert(cx, q, p) : 1;
      if (qty !== null) addLine(cx, m, { product: p, qty, implied: false, np: m.np, q });
    }
    return;
  }
  const ref = r.candidates.length > 1 ? (namedExtra(cx, m, q, r.candidates) ?? referent(cx, m, r.candidates) ?? namedByPrice(cx, m, r.candidates) ?? variantOfLine(cx, m, r.candidates) ?? rangeFit(cx, r.candidates) ?? listedKind(cx, m, r.candidates) ?? namedByMultiplier(cx, q, r.candidates) ?? singleOverSet(cx, m, q, r.candidates) ?? byWordOrder(cx, m, r.candidates) ?? namedWhole(cx, m, q, r.candidates) ?? namedByAlias(cx, m, q, r.candidates) ?? packForAmount(cx, q, r.candidates) ?? packForPieces(cx, q, r.candidates) ?? superlative(cx, m, r.candidates) ?? halfAmong(cx, q, r.candidates)) : null;
  if (r.candidates.length > 1 && ref === null) {
    addUnresolved(cx, m, { phrase, qty: value, candidates: r.candidates.map((p) => skuOf(cx.m, p)), implied });
    return;
  }
  if (otherSizeOfOne(cx, np.end, r.candidates)) {
    addUnresolved(cx, m, { phrase, qty: value, candidates: r.candidates.map((x) => skuOf(cx.m, x)), implied });
    return;
  }
  let p = ref ?? r.candidates[0]!;
  // "1 dao chef inox, à đổi sang thép nhíp": in a correction the words name a sibling of the line corrected (a chef
  // knife of spring steel), not another kind of product that has them (spring steel by the kg).
  const correctedHead = cx.pendingCorrection && cx.lastLine !== null ? [...productHeadsOf(cx.m, cx.lastLine.product)][0] : undefined;
  if (cx.lastLine !== null && correctedHead !== undefined && !headsProduct(cx.m, p, correctedHead)) {
    const head = correctedHead;
    const siblings = productsOf(cx.m, head).filter((o) => o !== cx.lastLine!.product && headsProduct(cx.m, o, head) &&
      np.hits.every((h) => productHas(cx.m, o, h.concept)));
    // Among several (a chef knife and a cleaver of spring steel), the one closest to the line corrected.
    let best = -1;
    let tie = false;
    for (const o of siblings) {
      const s = sharedConcepts(cx.m, o, cx.lastLine.product);
      if (s > best) {
        best = s;
        p = o;
        tie = false;
      } else if (s === best) tie = true;
    }
    if (tie) {
      addUnresolved(cx, m, { phrase, qty: value, candidates: siblings.map((o) => skuOf(cx.m, o)), implied });
      return;
    }
  }
  const half = halfNamed(cx, q, p);
  if (half !== null) {
    addLine(cx, m, { product: half, qty: 1, implied, np: m.np, q });
    return;
  }
  let qty = q ? convert(cx, q, p) : 1;
  // ("2 phan" typed bare, of goods sold by the phần: the other reading of the unit.)
  if (qty === null && q?.alt) qty = convert(cx, { ...q, unit: q.alt }, p);
  if (qty === null && q !== null && q.unitIdx >= 0 && q.unit !== null && q.unit.dim === 'count') {
    // "3 jars of cashews" when the cashews by the kg and the jar of cashews are both sold: the container word
    // is also a word of the product sold in it.
    const uh = lookup(cx, q.unitIdx);
    if (uh !== null && !np.hits.some((h) => h.concept === uh.concept)) {
      const r2 = resolveConcepts(cx.m, [...np.hits, uh], q.unit, np.unknownAttr, uh.concept);
      const p2 = r2.candidates[0];
      if (!r2.conflict && r2.candidates.length === 1 && p2 !== p &&
        np.hits.every((h) => productHas(cx.m, p2!, h.concept) || singulars(h.concept).some((x) => productHas(cx.m, p2!, x)))) {
        const q2 = convert(cx, q, p2!);
        if (q2 !== null) {
          p = p2!;
          qty = q2;
        }
      }
    }
  }
  // "1 tượng con giáp" when the shop sells "Bộ tượng 12 con giáp" and single "Tượng con trâu": the phrase's head noun
  // names a kind of thing other products are, not this one; ask rather than sell the set.
  const head = headOf(cx, np);
  const otherKind =
    !cx.en && head !== null && !head.startsWith('sku:') && !headsProduct(cx.m, p, head) &&
    productsOf(cx.m, head).some((o) => o !== p && headsProduct(cx.m, o, head)) &&
    headsSet(cx.m, p) && !np.hits.some((h) => SET_HEADS.includes(h.concept)) &&
    !(q?.unit && q.unit.dim === 'count' && SET_HEADS.includes(q.unit.key)) &&
    ![1, 2, 3].some((k) => isWord(cx.ts[np.start - k]) && SET_HEADS.includes(cx.ts[np.start - k]!.fold));
  // Weak evidence: the only product word is a guessed typo ("chun" for "chum"); confirm rather than guess.
  // ("2 cây sáo trúc" in a shop selling "Đèn ông sao": a word written with other diacritics than the catalog's may be
  // another word altogether; alone it is no evidence either.)
  const onlyTypo = np.hits.every((h) => h.weight < 0.85 || h.retoned === true);
  if (qty === null || np.unknownModifier || onlyTypo || otherKind || strayWord(cx, np, p)) {
    addUnresolved(cx, m, { phrase, qty: value, candidates: [skuOf(cx.m, p)], implied });
    return;
  }
  addLine(cx, m, { product: p, qty, implied, np: m.np, q });
}


/**
 * "khô cá sặc" when the shop sells "Khô cá lóc", "mắm thái" for "Mắm cá linh", "ấm chén tử sa" for "Ấm (trà) tử sa":
 * a word the catalog does not know, right after a word of the phrase, standing where a name of the product has a
 * word of its own the customer did not say (a species, a variety, another kind of thing), names another product.
 * Not a shade after a colour, a quality word, a place or name, a number or a grammar word, or a slip of that word;
 * and when the words said already make up a whole name of the product ("vại 10 lít muối cà", "mứt sen biếu tết"),
 * only a word inserted right after the head noun changes the kind of thing ("ấm chén tử sa").
 */
export function strayWord(cx: ParseContext, np: NounPhrase, p: number): boolean {
  const said = new Set(np.hits.map((h) => h.concept));
  if (cx.en) {
    // English puts modifiers first: an unknown word inside the phrase ("blue bamboo fan") counts against the
    // product unless the known words already make a whole name of it.
    const stray = (np.unknownAt ?? []).some((s) => {
      const t = cx.ts[s]!;
      return !t.cap && !/\d/.test(t.low) && !EN_FUNCTION.has(t.low) && !isStop(cx, t) && !QUALITY.has(t) && !COLOURS.has(t) && !GRADE_WORDS.has(t) &&
        !SHAPES.has(t) && UNITS.get(t) === undefined && !NON_PRODUCT_NOUNS.has(t) && quantityOf(cx, s) === null;
    });
    return stray && !namedFully(cx.m, p, said);
  }
  const memo: { full: boolean | null } = { full: null };
  for (const s of np.unknownAt ?? []) if (strayAt(cx, np, p, said, memo, s, true)) return true;
  return strayAt(cx, np, p, said, memo, np.end, false);
}

/** strayWord at the word `s` (inside the phrase or right after it); `memo.full` keeps whether `said` names p whole. */
function strayAt(cx: ParseContext, np: NounPhrase, p: number, said: ReadonlySet<string>, memo: { full: boolean | null }, s: number, inside: boolean): boolean {
  const t = cx.ts[s];
  const before = cx.ts[s - 1];
  if (!isWord(t) || !isWord(before) || s - 1 < np.start) return false;
  const prev = lookup(cx, s - 1);
  if (prev === null || !said.has(prev.concept) || COLOURS.has(before) || isAttr(cx.m, prev.concept) || isProperNoun(cx.m, prev.concept)) return false;
  if (lookup(cx, s) !== null || t.cap || /\d/.test(t.low) || t.fold.length < 2 || isStop(cx, t) || COMMON.has(t) || FILLERS.has(t) ||
    COLOURS.has(t) || SHAPES.has(t) || QUALITY.has(t) || PHRASE_ENDERS.has(t) || UNITS.get(t) !== undefined || NON_PRODUCT_NOUNS.has(t) ||
    quantityOf(cx, s) !== null || !/[aeiouy]/.test(t.fold)) return false;
  // (The words after it as the names write them: a spelling concept, "keo~kẹo", is its folded word there.)
  if (!wordsAfter(cx.m, p, plainConcept(prev.concept)).some((w) => !said.has(w) && !nearWord(t.fold, w))) return false;
  if (inside && prev.concept === np.hits[0]!.concept) return true;
  memo.full ??= namedFully(cx.m, p, said);
  return !memo.full;
}


/**
 * "sơ mi nam trắng L 8 cái, XL 4 cái", "polo đỏ M 10, L 10": a phrase of nothing but a size or colour, right after a
 * line of the same sentence, names that line's sibling in it (the candidate sharing most with the line, when one does).
 */
function variantOfLine(cx: ParseContext, m: Mention, candidates: readonly number[]): number | null {
  const last = lineBefore(cx, m.np, m.sentence);
  // (Not in a correction: "chai 1 lit, ah k, 2 can 2 lit" replaces the line, see restate.ts.)
  if (last === null || cx.pendingCorrection) return null;
  // (A size or colour word; an amount by weight or volume may restate the line, "10kg gạo, lấy 2 túi 5kg", unless
  // "loại" says it is the kind: "1 lon sơn trắng loại 1 lít và 1 lon loại 5 lít". A picture's two sides are never an
  // amount: "1 bức tranh ngựa 60x90 với 1 bức 80x120".)
  const kind = cx.ts[m.np.start - 1]?.fold === 'loai' || cx.ts[m.np.start]?.fold === 'loai';
  // ("2 tấm nệm 1m8 dày 5 với 1 tấm dày 10": a measure led by its word, "dày", "cao", "rộng", is the variant's size.)
  // ("dày", thick, as the catalog spells it: typed bare, "day" is "dây" as often.)
  const first = lookup(cx, m.np.start)?.concept;
  const lead = isWord(cx.ts[m.np.start]) && (MEASURE_LEADS.has(cx.ts[m.np.start]!) || first === 'day~dày') ? first : undefined;
  const led = lead !== undefined && m.np.hits.length === 2 && m.np.hits[0]!.concept === lead && /^(mass|vol|len):/.test(m.np.hits[1]!.concept);
  if (!led && !m.np.hits.every((h) => namesVariant(cx.m, h.concept) && (kind || !/^(mass|vol|len):/.test(h.concept)))) return null;
  return closestTo(cx.m, last.product, candidates);
}

/** How many words of product p's own name the name of product q lacks. */
function ownWords(cx: ParseContext, p: number, q: number): number {
  const other = nameConcepts(cx.m, q);
  let n = 0;
  for (const c of nameConcepts(cx.m, p)) if (!other.has(c)) n++;
  return n;
}

/**
 * "mua 3 hộp tre rồi, giờ lấy thêm 2 hộp nữa": in a clause ordering more, a bare head noun refers back to the product the message named
 * before with it, when that earlier phrase named exactly one product (past or not).
 */
export function referent(cx: ParseContext, m: Mention, candidates: readonly number[]): number | null {
  // "5 chậu size S, à không, 4 chậu thôi": in a correction, the bare noun is the line just corrected.
  if (m.np.hits.length === 1 && !m.np.unknownAttr && cx.pendingCorrection && cx.lastLine !== null &&
    candidates.includes(cx.lastLine.product)) return cx.lastLine.product;
  // "2 găng size M, à nhầm size L", "bông tai xanh, à đổi sang màu trắng": a correction naming only what changes
  // means the sibling of the line just corrected that differs by it: the candidate sharing most of its words.
  if (cx.pendingCorrection && cx.lastLine !== null && !m.np.unknownAttr) {
    const last = cx.lastLine.product;
    let best: number | null = null;
    let bestShared = 0;
    let bestOwn = 0;
    let tie = false;
    for (const p of candidates) {
      if (p === last) continue;
      const shared = sharedConcepts(cx.m, p, last);
      // (Sharing as much, the one with fewer words of its own: "đũa mun 24cm… à nhầm, 27cm" is "Đũa gỗ mun 27cm",
      // not "Đũa gỗ mun 27cm bó 10 đôi".)
      const own = ownWords(cx, p, last);
      if (shared > bestShared || (shared === bestShared && best !== null && own < bestOwn)) {
        best = p;
        bestShared = shared;
        bestOwn = own;
        tie = false;
      } else if (shared === bestShared && own === bestOwn) tie = true;
    }
    if (best !== null && !tie && headsProduct(cx.m, best, [...productHeadsOf(cx.m, last)][0] ?? '')) return best;
  }
  if (m.np.hits.length !== 1 || m.np.unknownAttr || cx.curClause === null) return null;
  // "combo Tết 700k phải ko ạ? e lấy 2 combo", "Set Trung Thu giá 400k đúng ko, e lấy 2 set": after a question about
  // a product, its bare head noun orders it.
  const more = cx.curClause.more;
  for (let k = cx.mentions.length - 1; k >= 0; k--) {
    const prev = cx.mentions[k]!;
    if (prev === m || prev.np.hits.length < 2 || !(more || prev.asked)) continue;
    // (After a question, only a phrase headed by the same noun: "Set quà cói gồm … lót ly", then "3 set".)
    if (!more && prev.np.hits[0]!.concept !== m.np.hits[0]!.concept) continue;
    const r = resolveConcepts(cx.m, prev.np.hits, null, prev.np.unknownAttr, headOf(cx, prev.np));
    if (r.conflict || !r.candidates.some((p) => candidates.includes(p))) continue;
    return r.candidates.length === 1 ? r.candidates[0]! : null;
  }
  return null;
}


/**
 * ("sen trắng 1 bó, …, thêm bó sen trắng nữa", "…, 2 hũ nhé, thêm hũ nữa cho mẹ": goods ordered already, asked for
 * "thêm … nữa" with no amount in the clause, are one more of them.)
 */
function oneMore(cx: ParseContext): boolean {
  const c = cx.curClause;
  if (c === null || !c.more) return false;
  for (let k = c.start; k < c.end; k++) if (isWord(cx.ts[k]) && quantityOf(cx, k) !== null) return false;
  return true;
}

export function addLine(cx: ParseContext, m: Mention, line: Line): void {
  // "2 vòng trơn L và 1 vòng rồng, à vòng trơn L lấy 1 thôi": a product named again in a clause ending on
  // "thôi" gets the new quantity instead of a second line.
  // ("6 tuýp keo trám với 2 cuộn băng keo, à thôi keo trám lấy 4 thôi": a correction that names a product already
  // ordered corrects that line, not the last one.)
  // ("1 cà vạt, 1 khăn vuông 60, à thôi bỏ khăn đi, lấy 2 cà vạt": after a line taken back, goods already ordered and
  // named again with an amount are restated, unless more of them is asked for.)
  if (!line.implied && (cx.curClause?.only || cx.pendingCorrection || (cx.dropped && !cx.curClause?.more))) {
    const same = cx.lines.find((l) => l.product === line.product && !l.implied);
    // (A correction of the last line itself replaces it, below.)
    if (same !== undefined && !(cx.pendingCorrection && same === cx.lastLine)) {
      cx.pendingCorrection = false;
      same.qty = line.qty;
      m.line = same;
      cx.lastLine = same;
      return;
    }
  }
  // ("… à đổi thành gạo lứt đi, 2 xấp gạo lứt": the goods a correction put in, named again with their amount, are
  // the same line restated, not more of them.)
  const corrected = line.implied || cx.pendingCorrection || cx.curClause?.more ? undefined : cx.lines.find((l) => l.product === line.product && l.corrected);
  if (corrected !== undefined) {
    corrected.qty = line.qty;
    m.line = corrected;
    cx.lastLine = corrected;
    return;
  }
  if (cx.pendingCorrection && cx.lastLine) {
    const k = cx.lines.indexOf(cx.lastLine);
    if (k >= 0) cx.lines.splice(k, 1);
    line.corrected = true;
  }
  cx.pendingCorrection = false;
  // A product ordered again explicitly replaces an implied "one" of it ("mua khăn đỏ nhé, 2 cái khăn đỏ").
  if (!line.implied) {
    const k = cx.lines.findIndex((l) => l.product === line.product && l.implied);
    if (k >= 0) cx.lines.splice(k, 1);
  } else if (cx.lines.some((l) => l.product === line.product) && !oneMore(cx)) return;
  cx.lines.push(line);
  cx.lastLine = line;
  m.line = line;
}


export function addUnresolved(cx: ParseContext, m: Mention, u: Unresolved): void {
  cx.pendingCorrection = false;
  cx.unresolved.push(u);
  m.unresolved = u;
}


/** Spellings that regional speech confuses ("châu" for "trâu", "xen" for "sen", "lon" for "long"). */
export function accentNorm(w: string): string {
  return w.replace(/^tr/, 'ch').replace(/^s/, 'x').replace(/^(gi|r)/, 'd').replace(/^n(?!g|h)/, 'l').replace(/(ng|nh)$/, 'n').replace(/t$/, 'c');
}

/**
 * The (folded) words are the same up to one edit (a slip: "lin" for "linh") or a regional spelling ("châu" for
 * "trâu"), for words of three letters or more.
 */
export function nearWord(x: string, y: string): boolean {
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

/**
 * "1 xấp lì xì gà, 1 xấp lợn và 1 xấp chuột": in a list, a phrase that drops the head noun goes on naming the kind
 * of product of the line before it in the same sentence, when exactly one of its candidates is of that kind.
 */
function listedKind(cx: ParseContext, m: Mention, candidates: readonly number[]): number | null {
  if (cx.pendingCorrection) return null;
  let prev: Mention | undefined;
  for (let k = cx.mentions.length - 1; k >= 0 && prev === undefined; k--) {
    const x = cx.mentions[k]!;
    if (x !== m && x.line !== null) prev = x;
  }
  if (prev === undefined || prev.sentence !== m.sentence || prev.line === null) return null;
  const heads = productHeadsOf(cx.m, prev.line.product);
  if (m.np.hits.some((h) => heads.has(h.concept))) return null; // it names its head itself
  // (A container the line before was named by is no kind: "chả tôm 1 hộp, bánh gai 1 chục" does not make the box of
  // bánh gai the one meant.)
  const same = candidates.filter((p) => [...heads].some((h) => !CONTAINERS.hasText(plainConcept(h)) && headsProduct(cx.m, p, h)));
  return same.length === 1 ? same[0]! : null;
}
