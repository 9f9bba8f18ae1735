/**
 * A bare number after a product phrase read as one of the phrase's sizes rather than as an amount: a size with its
 * unit ("20 phân"), a number the names carry ("đĩa 25", "cước 0.3", "motul 3000"), or the pieces a pack holds when
 * the amount is said apart ("1 bịch bobby xl 30", "3 bịch dép 10 đôi").
 */
import type { Token } from './normalize.ts';
import { AND_A_HALF_WORDS, PARTICLES, SEP_WORDS } from './lexicon.ts';
import { anyHasMeasureKind, hasMeasureKind, productHas, productsOf } from './matcher.ts';
import { UNITS, isMultiplierWord, isThousand, measureConcept, readNumberToken } from './numbers.ts';
import type { Unit } from './numbers.ts';
import { ParseContext, isWord } from './context.ts';

/**
 * A number after a product word that names one of its sizes: with a separate unit ("20 phân", "18 cm"), or bare
 * when no unit follows it ("đĩa 25" = 25 cm, "chiếu 160" = 160 cm, or a number the names carry as written).
 */
export function sizeNumber(cx: ParseContext, value: number, glued: Unit | null, j: number, cur: readonly number[]): { concept: string; end: number } | null {
  const ts = cx.ts;
  if (glued !== null) {
    if (glued.dim !== 'count' && glued.dim !== 'pair') return null;
    // ("cha gio tom 20c x5" for "Chả giò tôm hộp 20 cái": the same, with the pieces glued to their classifier.)
    return packOfPieces(cx, cur, value, glued.key, j, j + 1);
  }
  const next = ts[j + 1];
  // ("xe day 3 ta" beside "Xe đẩy … tải 300kg": typed bare, "ta" after a weight a candidate carries in hundreds of
  // kilograms is "tạ", not a dozen.)
  if (isWord(next) && next.fold === 'ta' && next.low !== 'tá' && cur.some((p) => productHas(cx.m, p, `mass:${value * 100_000}`))) {
    return { concept: `mass:${value * 100_000}`, end: j + 2 };
  }
  const un = UNITS.get(next);
  if (un) {
    if (un.dim === 'count' || un.dim === 'pair') {
      // "3 bịch dép khách sạn 10 đôi", "vớ đen 5 đôi x3" for "Dép … (bịch 10 đôi)", "Set 5 đôi tất …": the pieces a
      // sibling's pack holds, with the amount said apart from it (in another word than the pieces, not "1 đôi …, 1
      // đôi …", or as "x3"), name that pack.
      return packOfPieces(cx, cur, value, next!.fold, j, j + 2);
    }
    // ("1 cân rưỡi": one and a half.)
    const half = AND_A_HALF_WORDS.has(ts[j + 2]);
    const concept = measureConcept(value + (half ? 0.5 : 0), un);
    return concept !== null && cur.some((p) => productHas(cx.m, p, concept)) ? { concept, end: j + (half ? 3 : 2) } : null;
  }
  // ("cước 0.3" for "Dây cước 0.3mm": a decimal only as the names write it.)
  if (!Number.isInteger(value)) {
    for (const concept of [`num:${value}`, `#${value}`]) if (cur.some((p) => productHas(cx.m, p, concept))) return { concept, end: j + 1 };
    return null;
  }
  // ("40 x 2" multiplies only where no candidate comes in dimensions; or where none comes in that one and the second
  // number is a small count, "ruột gối 45 x 6" beside pillows of 40x40 and 45x45.)
  if (isWord(next) && ((next.fold === 'x' && kindAmong(cx, 'dim', cur) && !timesSmallCount(cx, j, value, cur)) || AND_A_HALF_WORDS.has(next))) return null;
  // ("ro phi 6 phan 3 nghin con": a number before a thousand or a ten counts, it is no size.)
  if (isWord(next) && (isThousand(next.fold) || isMultiplierWord(next))) return null;
  // ("thêm cua 2 phần": a word after the number may be what it counts; only a particle, "và" or the end closes it.)
  const ends = !isWord(next) || PARTICLES.has(next) || SEP_WORDS.has(next);
  // A bare number is a length as the names write it, in millimetres where they do: "thảm gym xám 1" is one mat, not
  // the 1 cm of "Thảm tập 10mm", and "thảm 10" is that mat (num:10, see catalog-index.ts).
  const inMm = (p: number): boolean => productHas(cx.m, p, `mm:${value * 10}`);
  for (const concept of [`len:${value}`, `pct:${value}`, `num:${value}`, `mass:${value}`, `vol:${value}`]) {
    if (cur.some((p) => productHas(cx.m, p, concept) && !(concept.startsWith('len:') && inMm(p)))) return { concept, end: j + 1 };
  }
  // ("dép lê cỡ 42", "sneaker đen 42 + …": a size the names give after "size", closing the phrase; not "cho em 1 mũ"
  // where a number before more words is their amount.)
  if (ends && cur.some((p) => productHas(cx.m, p, `sz:${value}`))) return { concept: `sz:${value}`, end: j + 1 };
  // "1 bịch bobby quần xl 30", "bobby dán S bịch 60 nhé, 1 bịch thôi" for "Tã quần Bobby size XL 30 miếng": with the
  // amount said elsewhere, a bare number after the phrase that is how many pieces a sibling's pack holds names it.
  // (Not after a code, "HQ-2-CL 2", where the number is the amount.)
  const pack = `na:pack:${value}`;
  // ("1 set 10": after a counted classifier the number is what the set holds, read with it as before.)
  const counted = UNITS.get(ts[j - 1]) !== undefined && /^\d/.test(ts[j - 2]?.low ?? '');
  // ("omega 3 100 viên": the piece the pack counts may follow.)
  const closed = ends || cur.some((p) => productHas(cx.m, p, `packword:${next!.fold}`));
  if (!counted && closed && !/\d/.test(ts[j - 1]?.low ?? '') && cur.some((p) => productHas(cx.m, p, pack)) && amountApart(ts, j, null)) {
    return { concept: pack, end: j + 1 };
  }
  return null;
}

/**
 * "ruột gối 45 x 6" beside pillows of 40x40 and 45x45: the number at j, "x" and a small count (at most 24, less than
 * the number) that with it make a size no candidate comes in; the count is how many.
 */
export function timesSmallCount(cx: ParseContext, j: number, value: number, cur: readonly number[]): boolean {
  const x = cx.ts[j + 1];
  if (!isWord(x) || (x.fold !== 'x' && x.low !== '×')) return false;
  const n = readNumberToken(cx.ts[j + 2]?.low ?? '');
  return n.kind === 'num' && n.unit === null && Number.isInteger(n.value) && n.value <= 24 && n.value < value &&
    !cur.some((p) => productHas(cx.m, p, `dim:${value}x${n.value}`));
}

/** Another token than j is a count with its classifier ("2 bịch"), in another word than `not` when given. */
function amountApart(ts: readonly Token[], j: number, not: string | null): boolean {
  return ts.some((_, k) => k !== j && classifiedCount(ts, k) && ts[k + 1]!.fold !== not);
}

/**
 * The pack of `value` pieces of the word (folded) that some candidate holds, when the amount is said apart from the
 * count at j (in another word than the pieces, or as "x3"); null otherwise.
 */
function packOfPieces(cx: ParseContext, cur: readonly number[], value: number, word: string, j: number, end: number): { concept: string; end: number } | null {
  const pack = `na:pack:${value}`;
  if (!cur.some((p) => productHas(cx.m, p, pack) && productHas(cx.m, p, `packword:${word}`))) return null;
  const ts = cx.ts;
  return amountApart(ts, j, word) || ts.some((_, k) => k !== j && timesCount(ts, k)) ? { concept: pack, end } : null;
}

/** "x3" or "x 3" at k. */
function timesCount(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  return /^(x|×)\d+$/.test(t.low) || ((t.low === 'x' || t.low === '×') && /^\d/.test(ts[k + 1]?.low ?? ''));
}


/** A count in digits said with its classifier at k ("2 bịch", "1 cặp"). */
function classifiedCount(ts: readonly Token[], k: number): boolean {
  const t = ts[k];
  if (!isWord(t) || !/^\d+$/.test(t.low)) return false;
  const u = UNITS.get(ts[k + 1]);
  return u !== undefined && (u.dim === 'count' || u.dim === 'pair');
}

/** Some product (among cur, if given) names a size or grade of this kind. */
export function kindAmong(cx: ParseContext, kind: string, cur: readonly number[] | null): boolean {
  if (cur === null) return anyHasMeasureKind(cx.m, kind);
  for (const p of cur) if (hasMeasureKind(cx.m, p, kind)) return true;
  return false;
}

/**
 * "size 40", "cỡ 50" after goods whose names give their size in centimetres ("Nón lá trơn 40cm"): the length, where
 * none of the goods (those `fits` accepts) comes in that size by number and some come in that length; else the size.
 */
export function sizeOrCentimetres(cx: ParseContext, value: number, fits: (p: number) => boolean): string {
  const size = `sz:${value}`;
  const cm = `len:${value}`;
  return !productsOf(cx.m, size).some(fits) && productsOf(cx.m, cm).some(fits) ? cm : size;
}
