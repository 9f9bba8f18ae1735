/**
 * A number inside a product phrase (stage 3, for noun-phrase.ts): a size or grade the names carry ("tranh 30x40",
 * "đĩa 25", "thảm 1m x 1m5"), one they lack, or the end of the phrase (an amount, "gạo tám 5kg" that may be either).
 */
import { hasMeasureKind, productHas, productsOf, tellsApart, unitOf } from './matcher.ts';
import type { ConceptHit } from './matcher.ts';
import { UNITS, measureConcept, readNumberToken } from './numbers.ts';
import type { Unit } from './numbers.ts';
import { X_SIGNS, isWord, quantityOf } from './context.ts';
import type { ParseContext } from './context.ts';
import { amountFollows, hasAmong, nameAttr } from './attributes.ts';
import { sizeNumber } from './size-number.ts';

/** The phrase goes on past the number (to `end`) with these concepts, or stops before it. */
export type PhraseNumber =
  | { add: ConceptHit[]; marks: ('k' | 'a')[]; unknownAttr: boolean; end: number }
  | { stop: true; sizeOrAmount: boolean };

const STOP: PhraseNumber = { stop: true, sizeOrAmount: false };

/** Reads the number at j, started = the phrase has words already, afterQ = it opens right after an amount. */
export function numberInPhrase(cx: ParseContext, j: number, cur: readonly number[] | null, started: boolean, afterQ: boolean): PhraseNumber {
  const ts = cx.ts;
  const t = ts[j]!;
  const add: ConceptHit[] = [];
  const marks: ('k' | 'a')[] = [];
  let unknown = false;
  const attr = nameAttr(cx, j, cur);
  if (attr !== null) {
    // "tranh 30x40", "nước mắm 60 độ", "mực loại 1": a size or grade in the product's name, or one it lacks.
    if (attr.concept !== null) {
      add.push({ concept: attr.concept, weight: 1 });
      marks.push('k');
      // "hộp 20 túi" beside "hộp 20 gói": the word the pack counts tells such packs apart.
      const counted = attr.concept.startsWith('na:pack:') && attr.end === j + 2 ? `packword:${ts[j + 1]!.fold}` : null;
      if (counted !== null && cur !== null && tellsApart(cx.m, counted, cur.filter((p) => productHas(cx.m, p, attr.concept!)))) {
        add.push({ concept: counted, weight: 1 });
      }
    } else {
      unknown = true;
      marks.push('a');
    }
    return { add, marks, unknownAttr: unknown, end: attr.end };
  }
  const nt = readNumberToken(t.low);
  // "quất 1 mét 8", "đào bích cao 1 mét 2 ạ": a length with its tenths spoken after the unit, a size the names carry
  // as "1m8".
  const spoken = nt.kind === 'num' && nt.unit === null && started && cur !== null && UNITS.get(ts[j + 1])?.key === 'met' ? quantityOf(cx, j) : null;
  const spokenSize = spoken !== null && spoken.end > j + 2 && spoken.unit !== null ? measureConcept(spoken.value, spoken.unit) : null;
  if (spokenSize !== null && cur!.some((p) => productHas(cx.m, p, spokenSize)) && !cur!.some((p) => unitOf(cx.m, p).dim === 'length')) {
    return { add: [{ concept: spokenSize, weight: 1 }], marks: ['k'], unknownAttr: unknown, end: spoken!.end };
  }
  let size = nt.kind === 'num' && started && cur !== null ? sizeNumber(cx, nt.value, nt.unit, j, cur) : null;
  if (size === null && nt.kind === 'num' && afterQ && !started && nt.unit === null) {
    // "10 can 2 lít 60 độ": the container's size, as the names write it, opens the phrase.
    const un = UNITS.get(ts[j + 1]);
    const concept = un && un.dim !== 'count' && un.dim !== 'pair' ? measureConcept(nt.value, un) : null;
    if (concept !== null && productsOf(cx.m, concept).length > 0) size = { concept, end: j + 2 };
  }
  const sepUnit = size !== null && nt.kind === 'num' && nt.unit === null ? UNITS.get(ts[j + 1]) : undefined;
  // ("vải thiều loại 1 2 cân 3 lạng": a weight or length with a smaller unit after it, "2 cân 3 lạng", "1 ký 200 gờ
  // ram", is one amount, not a size the names carry followed by another amount.)
  // (Not "1 ký 2 đòn", "2 mét 3 sợi": a count of the goods after the size.)
  const tail = size === null ? undefined : UNITS.get(ts[size.end + 1]);
  if (sepUnit !== undefined && (sepUnit.dim === 'mass' || sepUnit.dim === 'length') && tail !== undefined && tail.dim === sepUnit.dim &&
    tail.factor < sepUnit.factor && /^\d+$/.test(ts[size!.end]?.low ?? '')) return STOP;
  // ("mành tre 2 mét 3" of "Mành tre … cao 2m (bán theo mét)": the tenths spoken after the unit make an amount of goods
  // sold by that measure, 2.3 metres, not the size the name carries and a count after it.)
  const spokenAmount = sepUnit !== undefined && cur !== null ? quantityOf(cx, j) : null;
  if (spokenAmount !== null && spokenAmount.end > size!.end && spokenAmount.unitIdx === j + 1 && !Number.isInteger(spokenAmount.value) &&
    cur!.some((p) => unitOf(cx.m, p).dim === sepUnit!.dim)) return STOP;
  if (size !== null && sepUnit !== undefined && !afterQ && cur !== null && !amountFollows(cx, size.end, sepUnit) &&
    !countedAfter(cx, size.end, size.concept, cur) && cur.some((p) => unitOf(cx.m, p).dim === sepUnit.dim && !productHas(cx.m, p, size!.concept))) {
    // "cốm tươi 2 lạng" when loose cốm is sold by the lạng and a 2-lạng pack also exists: the amount, as with
    // "gạo tám 5kg" written glued; the pack only if the reading asks.
    return { stop: true, sizeOrAmount: true };
  }
  if (size !== null) {
    // "đĩa 20 phân", "đĩa 25", "chiếu 160": a size of the products named so far, not a quantity.
    add.push({ concept: size.concept, weight: 1 });
    marks.push('k');
    return { add, marks, unknownAttr: unknown, end: size.end };
  }
  if (nt.kind === 'num' && nt.unit !== null && nt.unit.dim === 'length' && started && cur !== null && X_SIGNS.has(ts[j + 1]?.low ?? '')) {
    // "thảm 1m x 1m5": a size written with its units; the product's only if a name carries it.
    const other = isWord(ts[j + 2]) ? readNumberToken(ts[j + 2]!.low) : null;
    const side = other === null || other.kind !== 'num' ? undefined : (other.unit ?? UNITS.get(ts[j + 3]));
    if (other !== null && other.kind === 'num' && side !== undefined && side.dim === 'length' && !cur.some((p) => unitOf(cx.m, p).dim === 'area')) {
      const sep = other.unit === null;
      const cm = (v: number, u: Unit): number => Math.round(v * u.factor * 100);
      const a = cm(nt.value, nt.unit);
      const b = cm(other.value, side);
      const concept = `dim:${a}x${b}`;
      if (hasAmong(cx, concept, cur)) {
        add.push({ concept, weight: 1 });
        marks.push('k');
      } else if (cur.some((p) => productHas(cx.m, p, `len:${a}`) && productHas(cx.m, p, `len:${b}`))) {
        // "Chiếu cói 1m6 x 2m" in the catalog: both lengths named.
        add.push({ concept: `len:${a}`, weight: 1 }, { concept: `len:${b}`, weight: 1 });
        marks.push('k', 'k');
      } else {
        unknown = true;
        marks.push('a');
      }
      return { add, marks, unknownAttr: unknown, end: j + (sep ? 4 : 3) };
    }
  }
  // ("rèm sáo gỗ 5m2" of a blind sold by the square metre: "5m2" is its amount, not a length.)
  if (nt.kind === 'num' && /^\d+m2$/.test(t.low) && cur !== null && cur.some((p) => unitOf(cx.m, p).dim === 'area')) return STOP;
  if (nt.kind === 'num' && nt.measure && (started || afterQ)) {
    // (A candidate's name carries this measure.)
    const carried = productsOf(cx.m, nt.measure).some((p) => cur === null || cur.includes(p));
    const soldBy = nt.unit !== null && cur !== null && cur.some((p) => unitOf(cx.m, p).dim === nt.unit!.dim && !productHas(cx.m, p, nt.measure!)) &&
      !(carried && (amountFollows(cx, j + 1, nt.unit) || countedAfter(cx, j + 1, nt.measure, cur!) || ts[j - 1]?.fold === 'kho'));
    // ("Lưới rào B40 khổ 1m8 lấy 25 mét": after "khổ", the width, a length the names carry is that width, never the
    // amount of goods sold by the metre.)
    if (soldBy && !afterQ) {
      // "gạo tám 5kg" when the rice is sold by the kg and also in 5kg bags: the amount or the bag; ask unless
      // the sized reading is the only one.
      return { stop: true, sizeOrAmount: carried };
    }
    if (carried) {
      add.push({ concept: nt.measure, weight: 1 });
      marks.push('k');
      return { add, marks, unknownAttr: unknown, end: j + 1 };
    }
    // "chiếu 1m4" where the mats come in 1m6 and 1m8: a size the shop does not sell.
    const kind = nt.measure.slice(0, nt.measure.indexOf(':'));
    if (cur !== null && cur.some((p) => hasMeasureKind(cx.m, p, kind))) {
      unknown = true;
      marks.push('a');
      return { add, marks, unknownAttr: unknown, end: j + 1 };
    }
  }
  return STOP;
}

/**
 * The measure said is a size because a count of the goods follows: right after it as "x2" or "2 chai" ("Cát Hải 35
 * độ 1 lít x2"), or later in the unit the sized product is sold by ("bột giặt 3 ký lấy 2 túi").
 */
function countedAfter(cx: ParseContext, from: number, measure: string, cur: readonly number[]): boolean {
  const q = isWord(cx.ts[from]) ? quantityOf(cx, from) : null;
  if (q !== null && (q.unit === null ? X_SIGNS.has(cx.ts[from]!.low[0] ?? '') : q.unit.dim === 'count')) return true;
  return packsCountedLater(cx, from, measure, cur);
}

/**
 * "banh cay 200g 35k/hop, lay 10 hop" beside bánh cáy by the kg and "hộp 200g": a count said later in the sentence, in
 * the unit the product of that size is sold by, counts those packs; the measure is their size, not an amount.
 */
function packsCountedLater(cx: ParseContext, from: number, measure: string, cur: readonly number[]): boolean {
  const units = new Set(cur.filter((p) => productHas(cx.m, p, measure)).map((p) => unitOf(cx.m, p).key));
  for (let k = from; k < cx.ts.length && k < from + 12 && cx.ts[k]!.kind !== 'hard'; k++) {
    if (!/^\d/.test(cx.ts[k]!.low)) continue;
    const q = quantityOf(cx, k);
    if (q !== null && q.unit !== null && q.unit.dim === 'count' && units.has(q.unit.key)) return true;
  }
  return false;
}
