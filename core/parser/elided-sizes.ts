/**
 * Sizes and grades said without a noun ("size 40", "loại A", "500g 2 hũ"): they go on the product phrase named
 * before, when products with its head noun come in them.
 */
import { EACH_HEAD, GRADE_WORDS, LETTER_SIZES, SEP_WORDS } from './lexicon.ts';
import { productHas, productsOf, resolveConcepts, unitOf } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import { measureConcept, readNumberToken } from './numbers.ts';
import type { Quantity } from './numbers.ts';
import { ParseContext, headOf, isWord, lookup, quantityOf } from './context.ts';
import type { Clause, Event, Mention, NounPhrase } from './context.ts';
import { readNP } from './noun-phrase.ts';
import { nameAttr, ordinalGrade } from './attributes.ts';
import { sizeOrCentimetres } from './size-number.ts';
import { appositive } from './details.ts';

/** "size 40" with no noun: the size of the head noun of the phrase before, when products with that head come in it. */
export function elidedSizeWord(cx: ParseContext, i: number, evs: readonly Event[]): NounPhrase | null {
  const n = cx.ts[i + 1];
  if (!isWord(n)) return null;
  const nt = readNumberToken(n.low);
  const before = phraseBefore(cx, evs);
  const head = before !== null ? headOf(cx, before) : null;
  if (head === null || head.startsWith('sku:')) return null;
  // ("tượng cỡ 30 hai chiếc, cỡ 50 một chiếc" of statues named "… 50cm": their size in centimetres, size-number.ts;
  // not goods sold in pairs, whose size is the foot's.)
  const headed = (p: number): boolean => productHas(cx.m, p, head);
  const pairs = productsOf(cx.m, head).some((p) => unitOf(cx.m, p).dim === 'pair');
  const concept = nt.kind === 'num' && nt.unit === null ? (pairs ? `sz:${nt.value}` : sizeOrCentimetres(cx, nt.value, headed)) :
    LETTER_SIZES.has(n.fold) ? n.fold : nt.kind === 'other' ? (lookup(cx, i + 1)?.concept ?? null) : null;
  if (concept === null) return null;
  if (!productsOf(cx.m, concept).some((p) => productHas(cx.m, p, head))) return null;
  // "Lấy giày tây đen, …: 1 đôi size 40": the size goes on all the words of the phrase before (not only its head
  // noun) when products with all of them come in it.
  const kind = concept.slice(0, concept.lastIndexOf(':') + 1);
  const sameKind = (c: string): boolean => (kind === '' ? LETTER_SIZES.has(c) : c.startsWith(kind));
  const all: ConceptHit[] = [...before!.hits.filter((h) => !sameKind(h.concept)), { concept, weight: 1 }];
  const r = resolveConcepts(cx.m, all, null, false, head);
  const whole = !r.conflict && all.length > 2 && r.candidates.some((p) => all.every((h) => productHas(cx.m, p, h.concept)));
  const hits: ConceptHit[] = whole ? all : [{ concept: head, weight: 1 }, { concept, weight: 1 }];
  // ("bỉm dán bobby size M 30 miếng 1 bịch, size L 30 miếng 1 bịch": the pack said again after the size is the name's,
  // no amount.)
  const again = isWord(cx.ts[i + 2]) && /^\d/.test(cx.ts[i + 2]!.low) ? nameAttr(cx, i + 2, r.candidates) : null;
  const end = again != null && again.concept !== null && hits.some((h) => h.concept === again.concept) ? again.end : i + 2;
  return { start: i, end, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false };
}


/**
 * "Size 37 guốc mộc cho e 1 đôi": a size said before the product it belongs to, opening the clause's first phrase.
 * The phrase that follows, with that size, when products of it come in the size.
 */
export function sizeFirst(cx: ParseContext, c: Clause, i: number, evs: readonly Event[]): NounPhrase | null {
  if (evs.some((e) => e.t === 'NP')) return null;
  const n = cx.ts[i + 1];
  if (!isWord(n)) return null;
  const nt = readNumberToken(n.low);
  if (nt.kind !== 'num' || nt.unit !== null) return null;
  const np = readNP(cx, c, i + 2, false);
  if (np === null || np.hits.length === 0) return null;
  const concept = `sz:${nt.value}`;
  const r = resolveConcepts(cx.m, [...np.hits, { concept, weight: 1 }], null, false, headOf(cx, np));
  if (r.conflict || r.candidates.length === 0) return null;
  return { ...np, start: i, hits: [...np.hits, { concept, weight: 1 }] };
}

/**
 * "mẫu C 100 lấy 2 xấp", "loại B 2 kg": a grade opening the clause's words, with no product named before it, that
 * the catalog's names carry (not "mỗi loại 2 hộp"): the phrase of the products graded so.
 */
export function gradeFirst(cx: ParseContext, c: Clause, i: number, past: number): NounPhrase | null {
  const t = cx.ts[i];
  if (!isWord(t) || !GRADE_WORDS.has(t) || EACH_HEAD.has(cx.ts[i - 1])) return null;
  const g = ordinalGrade(cx, i);
  if (g === null || productsOf(cx.m, `na:grade:${g.value}`).length === 0) return null;
  const np = readNP(cx, c, i, false);
  return np !== null && np.end > past ? np : null;
}

/** "loại A" with no noun: the grade of the product named before ("… thôi đổi sang loại A"). */
export function elidedGrade(cx: ParseContext, i: number, evs: readonly Event[]): NounPhrase | null {
  const g = ordinalGrade(cx, i);
  if (g === null) return null;
  const before = phraseBefore(cx, evs);
  if (before === null) return null;
  const concept = `na:grade:${g.value}`;
  const hits: ConceptHit[] = before.hits.filter((h) => !h.concept.startsWith('na:grade:'));
  hits.push({ concept, weight: 1 });
  return { start: i, end: g.end, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false };
}

/**
 * "chiếu 1m8 2 chiếc", "à không, 1m8 nhé": a glued measure with no noun after it that is a size in
 * product names, sold in another unit, while the product spoken of is not sold by that measure: the size names
 * the product (the head noun of the phrase before narrows it when several products come in that size).
 */
export function elidedSize(cx: ParseContext, q: Quantity, evs: readonly Event[]): NounPhrase | null {
  const measure = q.measure!;
  const sized = productsOf(cx.m, measure);
  if (sized.length === 0 || q.unit === null) return null;
  // (", the 500ml ones" in English names the size, even where goods of that kind are sold by the litre too.)
  const size = appositive(cx, q.start);
  if (!size && sized.some((p) => unitOf(cx.m, p).dim === q.unit!.dim)) return null;
  const before = phraseBefore(cx, evs);
  const hits: ConceptHit[] = [{ concept: measure, weight: 1 }];
  if (before !== null && before.hits.length > 0) {
    const r = resolveConcepts(cx.m, before.hits, null, false, headOf(cx, before));
    if (!size && r.candidates.some((p) => unitOf(cx.m, p).dim === q.unit!.dim)) return null;
    // "tinh dầu quế 10ml và 30ml": the second size keeps the words of the phrase before it that the sized products
    // carry (not only its head noun, which would let "tinh dầu tràm 30ml" in).
    // ("nuoc mam 43 do loai 250ml va 500ml": and a grade or degree of another kind than the measure, "43 độ".)
    if (sized.length > 1) {
      const kind = measure.slice(0, measure.indexOf(':') + 1);
      for (const h of [...before.hits].reverse()) {
        if (!h.concept.startsWith(kind) && (!h.concept.includes(':') || h.concept.startsWith('na:')) && sized.some((p) => productHas(cx.m, p, h.concept))) {
          hits.unshift({ concept: h.concept, weight: 1 });
        }
      }
    }
  }
  return { start: q.start, end: q.end, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false };
}


/**
 * "bình rượu 2 lít và 5 lít mỗi loại 3 bình", "hộp tròn 8 phân lấy 20 cái, 12 phân lấy 10 cái": a measure written
 * apart from its number, opening a list item (after "và", a comma, or at the clause's start), where the phrase before
 * carries a measure of the same kind beside, and "mỗi" or another amount after it: a second size of the same goods,
 * not an amount (as "tinh dầu quế 10ml và 30ml" is, glued).
 */
export function listedMeasure(cx: ParseContext, c: Clause, q: Quantity, evs: readonly Event[]): NounPhrase | null {
  if (q.measure !== null || q.unit === null || q.unitIdx < 0) return null;
  const prev = cx.ts[q.start - 1];
  if (q.start !== c.start && (prev === undefined || !(prev.kind === 'soft' || (isWord(prev) && SEP_WORDS.has(prev))))) return null;
  const before = phraseBefore(cx, evs);
  if (before === null) return null;
  if (q.unit.dim === 'count') return listedPack(cx, c, q, before);
  const measure = measureConcept(q.value, q.unit);
  if (measure === null) return null;
  const kind = measure.slice(0, measure.indexOf(':') + 1);
  if (!before.hits.some((h) => h.concept.startsWith(kind) && h.concept !== measure)) return null;
  if (!EACH_HEAD.has(cx.ts[q.end]) && !amountFollows(cx, c, q.end)) return null;
  return elidedSize(cx, { ...q, measure }, evs);
}

// The size, measure or grade words of a name ("25cm", "60x60", "gói 1 ký", "loại 1").
const SIZE_CONCEPT = /^(?:sz|len|dim|mass|vol|na:grade):/;

/**
 * "heo đỏ với heo hồng loại 25cm mỗi loại 2 con", "khăn vuông 60x60 hồng và xanh ngọc mỗi màu 5 cái": goods listed
 * under one "mỗi" share the size said once for them. A phrase among them that fits several products, and says no size
 * of that kind, takes the size said with a sibling that names one product, when exactly one of its products has it
 * (and no other sibling points to another). A size the sibling's product has but nobody said is no such hint.
 */
export function shareListedSize(cx: ParseContext, targets: readonly Mention[], q: Quantity): void {
  const fitting = targets.map((m) =>
    m.line !== null ? [m.line.product] : m.unresolved !== null ? [] : resolveConcepts(cx.m, m.np.hits, q.unit, m.np.unknownAttr, headOf(cx, m.np)).candidates,
  );
  targets.forEach((m, k) => {
    const mine = fitting[k]!;
    if (mine.length < 2) return;
    const kinds = new Set(m.np.hits.map((h) => h.concept.slice(0, h.concept.lastIndexOf(':') + 1)));
    let pick: string | null = null;
    let fits: number | null = null;
    for (let o = 0; o < targets.length; o++) {
      if (o === k || fitting[o]!.length !== 1) continue;
      for (const { concept: c } of targets[o]!.np.hits) {
        if (!SIZE_CONCEPT.test(c) || kinds.has(c.slice(0, c.lastIndexOf(':') + 1)) || !productHas(cx.m, fitting[o]![0]!, c)) continue;
        const fit = mine.filter((p) => productHas(cx.m, p, c));
        // (Not onto a sibling's own product: "đèn lồng 25cm với đèn lồng cá chép" names two lanterns.)
        if (fit.length !== 1 || fitting.some((f) => f.length === 1 && f[0] === fit[0])) continue;
        if (fits !== null && fits !== fit[0]) return;
        pick = c;
        fits = fit[0]!;
      }
    }
    if (pick !== null) m.np = { ...m.np, hits: [...m.np.hits, { concept: pick, weight: 1 }] };
  });
}

/**
 * "trà atisô 20 gói và 50 gói mỗi loại 2 hộp", "bánh cốm 6 chiếc với 12 chiếc mỗi loại 3 hộp": the same for a count of
 * pieces where the phrase before says how many its pack holds, in the same word: the goods packed by the new count.
 */
function listedPack(cx: ParseContext, c: Clause, q: Quantity, before: NounPhrase): NounPhrase | null {
  const concept = `na:pack:${q.value}`;
  if (!before.hits.some((h) => h.concept.startsWith('na:pack:') && h.concept !== concept)) return null;
  // (Counted in the word the phrase before counts its pack in: "20 gói … 50 gói", not "… 3 cây, 1 vỉ …".)
  const unit = cx.ts[q.unitIdx]!.fold;
  let same = false;
  for (let k = before.start; k + 1 < before.end; k++) if (/^\d+$/.test(cx.ts[k]!.low) && cx.ts[k + 1]!.fold === unit) same = true;
  if (!same) return null;
  if (!EACH_HEAD.has(cx.ts[q.end]) && !amountFollows(cx, c, q.end)) return null;
  const hits: ConceptHit[] = [...before.hits.filter((h) => !h.concept.startsWith('na:pack:')), { concept, weight: 1 }];
  const r = resolveConcepts(cx.m, hits, null, false, headOf(cx, before));
  if (r.conflict || r.candidates.length === 0 || !r.candidates.every((p) => productHas(cx.m, p, concept))) return null;
  return { start: q.start, end: q.end, hits, unknownAttr: false, headUnknown: false, unknown: 0, allCaps: false, implied: false };
}

/** An amount is said in the clause from k on. */
function amountFollows(cx: ParseContext, c: Clause, k: number): boolean {
  for (let j = k; j < c.end; j++) if (isWord(cx.ts[j]) && quantityOf(cx, j) !== null) return true;
  return false;
}

/** The product phrase an elided size or grade goes on: the last of this clause, else the last one mentioned. */
export function phraseBefore(cx: ParseContext, evs: readonly Event[]): NounPhrase | null {
  for (let k = evs.length - 1; k >= 0; k--) {
    const e = evs[k]!;
    if (e.t === 'NP') return e.np;
  }
  return cx.mentions[cx.mentions.length - 1]?.np ?? null;
}
