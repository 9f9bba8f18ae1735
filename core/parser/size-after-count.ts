/**
 * "việt quất 2 túi 250g", "muối tôm Tây Ninh 2 hũ 100g", "ron xám 1 bao 5kg": after a product phrase and its count, a
 * size alone (a measure, with or without the container word) is the size of the packs counted; it goes on the phrase
 * before, which the count then counts. Only where some product the phrase names carries that size.
 */
import { WordSet } from './lexicon.ts';
import { productHas, resolveConcepts, unitOf } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import { CONTAINERS, UNITS, measureOf } from './numbers.ts';
import type { Quantity } from './numbers.ts';
import { isWord, onlyGlueBetween, quantityOf } from './context.ts';
import type { Clause, Event, NounPhrase, ParseContext } from './context.ts';
import { readNP } from './noun-phrase.ts';
import { phraseBefore } from './elided-sizes.ts';

const MEASURE = /^(mass|vol|len):/;
/** Words that open a kind said after the count: "1000 viên loại 1", "2 hộp loại 12 cái", "3 đôi cỡ 38". */
const KIND_LEADS = new WordSet(['loại', 'loai', 'cỡ', 'size', 'sz']);

/**
 * "ngói âm dương 1000 viên loại 1", "lót ly lấy 2 hộp loại 12 cái", "tôm nõn 1kg loại 1": after a product phrase and
 * its amount, "loại" (or "cỡ", "size") and a grade, size or count of pieces, with no goods named, tells which of the
 * products the phrase before names: it goes on that phrase, which the amount then counts. Only where it narrows them
 * to products that all carry it.
 */
export function kindAfterCount(cx: ParseContext, evs: Event[], q: Quantity, np: NounPhrase): boolean {
  if (q.x || q.label || np.start !== q.end || !KIND_LEADS.has(cx.ts[np.start]) || np.hits.length === 0 || np.unknownAttr) return false;
  if (!np.hits.every((h) => h.concept.includes(':'))) return false;
  for (let k = np.start + 1; k < np.end; k++) {
    const t = cx.ts[k]!;
    if (isWord(t) && !/^\d/.test(t.low) && UNITS.get(t) === undefined) return false;
  }
  const last = evs[evs.length - 1];
  // (A phrase naming goods right before the amount, or before an order verb and it; not a kind said alone before:
  // "3 cây loại 1 3 cây loại 2" are two items.)
  if (last === undefined || last.t !== 'NP' || !last.np.hits.some((h) => !h.concept.includes(':')) || !onlyGlueBetween(cx, last.np.end, q.start)) return false;
  const before = resolveConcepts(cx.m, last.np.hits, null, last.np.unknownAttr).candidates;
  // (A glued measure is the amount only where none of the goods named holds it: "măng khô 500g loại 1 lấy 4" beside
  // a 500 g pack names the goods by their size, while "tôm nõn 1kg loại 1" of goods weighed by the kilo is an amount.)
  if (q.measure !== null && before.some((p) => productHas(cx.m, p, q.measure!))) return false;
  const kinds = new Set(np.hits.map((h) => h.concept.slice(0, h.concept.lastIndexOf(':'))));
  const hits: ConceptHit[] = [...last.np.hits.filter((h) => !kinds.has(h.concept.slice(0, h.concept.lastIndexOf(':')))), ...np.hits];
  const after = resolveConcepts(cx.m, hits, q.unit, false);
  if (after.conflict || after.candidates.length === 0 || after.candidates.length >= before.length) return false;
  if (!after.candidates.every((p) => np.hits.every((h) => productHas(cx.m, p, h.concept)))) return false;
  last.np.hits = hits;
  q.end = np.end;
  cx.trace?.push(`kind after count: "${cx.ts.slice(np.start, np.end).map((t) => t.raw).join(' ')}" goes on the phrase before`);
  return true;
}

/** Merges np, read right after the count q, into the phrase before when it is only that phrase's pack size. */
export function sizeAfterCount(cx: ParseContext, evs: Event[], q: Quantity, np: NounPhrase): boolean {
  if (q.x || q.label || q.measure !== null || (q.unit !== null && q.unit.dim !== 'count')) return false;
  const sizes = np.hits.filter((h) => MEASURE.test(h.concept));
  if (sizes.length !== 1 || np.hits.length > 2 || np.unknownAttr) return false;
  // The other words of the phrase after the count are a container word only ("túi 250g", "túi 1 ký").
  let container = -1;
  for (let k = np.start; k < np.end; k++) {
    const t = cx.ts[k]!;
    const measureUnit = UNITS.get(t);
    if (!isWord(t) || /^\d/.test(t.low) || (measureUnit !== undefined && measureUnit.dim !== 'count' && measureUnit.dim !== 'pair')) continue;
    if (!CONTAINERS.has(t) || container >= 0) return false;
    container = k;
  }
  if (container >= 0 && q.unit !== null) return false;
  const size = sizes[0]!;
  const last = evs[evs.length - 1];
  if (last === undefined || last.t !== 'NP' || last.np.hits.length === 0 || evs[evs.length - 2]?.t === 'Q') {
    // ("mật ong bạc hà 2 chai 500ml 1 chai 1 lít": the next item, its size alone, is of the goods named before.)
    // (Not a phrase that had its own count before it, "1 bếp 40 2 vỉ 40": the count after it opens the next item.)
    if (last?.t === 'Q' && np.hits.length === 1) elide(cx, evs, np, size);
    return false;
  }
  const before = resolveConcepts(cx.m, last.np.hits, null, last.np.unknownAttr).candidates;
  if (!before.some((p) => productHas(cx.m, p, size.concept))) return false;
  const kind = size.concept.slice(0, size.concept.indexOf(':'));
  const hits: ConceptHit[] = last.np.hits.filter((h) => !h.concept.startsWith(`${kind}:`));
  hits.push({ concept: size.concept, weight: 1 });
  last.np.hits = hits;
  if (container >= 0) {
    q.unit = UNITS.get(cx.ts[container]) ?? null;
    q.unitIdx = container;
  }
  q.end = np.end;
  return true;
}

/**
 * "1 can 5 lít rượu gạo đỏ", "2 can 5 lít rượu bắp" of wine sold by the litre: a count of containers, each holding the
 * measure said right after it, of goods sold by that measure, is so many times that measure (10 litres). Only where no
 * product the phrase names comes in that size (then "2 chai 500ml" names the bottle).
 */
export function containerOfAmount(cx: ParseContext, c: Clause, q: Quantity, np: NounPhrase | null): { q: Quantity; np: NounPhrase } | null {
  if (q.unitIdx < 0 || q.x || q.label || (np !== null && np.start !== q.end) || !CONTAINERS.has(cx.ts[q.unitIdx])) return null;
  const m = quantityOf(cx, q.end);
  if (m === null || m.unit === null || (m.unit.dim !== 'volume' && m.unit.dim !== 'mass')) return null;
  const size = measureOf(m);
  if (size === null) return null;
  const rest = readNP(cx, c, m.end, true);
  if (rest === null || rest.hits.length === 0) return null;
  const r = resolveConcepts(cx.m, rest.hits, null, rest.unknownAttr);
  if (!r.candidates.some((p) => unitOf(cx.m, p).dim === m.unit!.dim) || r.candidates.some((p) => productHas(cx.m, p, size))) return null;
  return { q: { ...q, value: q.value * m.value, unit: m.unit, unitIdx: m.unitIdx, end: m.end, measure: null }, np: rest };
}

/** The words of the phrase named before that the products of this size carry, with the size: "1 chai 1 lít" after "mật ong bạc hà 2 chai 500ml". */
function elide(cx: ParseContext, evs: readonly Event[], np: NounPhrase, size: ConceptHit): void {
  const before = phraseBefore(cx, evs);
  if (before === null) return;
  const hits = before.hits.filter((h) => !MEASURE.test(h.concept));
  if (hits.length === 0) return;
  const r = resolveConcepts(cx.m, [...hits, size], null, false);
  if (r.candidates.length === 0 || !r.candidates.every((p) => productHas(cx.m, p, size.concept))) return;
  np.hits = [...hits, size];
}
