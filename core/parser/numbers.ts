/**
 * Quantities in chat orders: digits, Vietnamese and English number words, multipliers (tá, chục),
 * units and classifiers with their conversions, and spoken shorthands ("1m5", "1kg2", "2 mét rưỡi").
 */
import { fold } from './normalize.ts';
import type { Token } from './normalize.ts';
import { ORDER_VERBS, PARTICLES, WordSet } from './lexicon.ts';
import { DIGIT_WORDS, EN_VALUES, numberWord, readNumberWords } from './number-words.ts';
import { AREA, BARE_CLASSIFIERS, CONTAINERS, SQUARE, UNITS, WordMap, measureConcept, u } from './units.ts';
import { approxBefore, dashedRange, spacedRange, wordRange } from './ranges.ts';
import type { Dim, Unit } from './units.ts';

export { BARE_CLASSIFIERS, CONTAINERS, UNITS, measureConcept };
export { readDimension } from './dimensions.ts';
export type { Dim, Unit };

/** "of them", "of those" after a count in English. */
const THEM = new Set(['them', 'those', 'these']);

const MULTIPLIERS = new WordMap<number>().add(['tá', 'ta', 'dozen', 'dozens'], 12).add(['chục', 'chuc'], 10).add(['lố'], 12).add(['trăm', 'tram', 'hundred'], 100)
  // ("1 vạn cá giống": ten thousand, as fry are counted; only with its mark, "van" is a valve.)
  .addExact(['vạn'], 10000);
/** "nghìn" / "ngàn", a thousand, as a shop's unit says it ("nghìn viên"), written or folded. */
const THOUSANDS = new Set(['nghìn', 'ngàn', 'nghin', 'ngan']);
/** The word (or a unit's folded key) is a thousand: "2 nghìn gạch" counts thousands of pieces. */
export function isThousand(low: string): boolean {
  return THOUSANDS.has(low);
}
/** The word multiplies a number before it ("chục", "tá", "trăm"). */
export function isMultiplierWord(t: Token | undefined): boolean {
  return numberWord(MULTIPLIERS, t) !== undefined;
}

/** The word counts tens or dozens ("chục", "tá", "lố"), not hundreds ("hai trăm" after a name may be its price). */
export function isTensOrDozens(t: Token | undefined): boolean {
  const m = numberWord(MULTIPLIERS, t);
  return m === 10 || m === 12;
}

/** What the word multiplies by ("chục" 10, "tá" 12), or undefined. */
export function multiplierValue(t: Token | undefined): number | undefined {
  return numberWord(MULTIPLIERS, t);
}

/** Words after "năm" that make it the year ("năm mới", "năm nay", "năm ngoái", "năm sau", "năm tới"). */
const YEAR_AFTER = new WordSet(['mới', 'nay', 'ngoái', 'sau', 'tới', 'trước', 'rồi']);
const AND_A_HALF = new WordSet(['rưỡi', 'ruoi', 'rười', 'ruỡi', 'rưởi']);

/** A quantity read from the message. Token indices are [start, end). */
export interface Quantity {
  value: number;
  unit: Unit | null;
  start: number;
  end: number;
  /** Spelled with words ("hai", "a"): only a quantity when a unit or a product follows. */
  words: boolean;
  /** Written as "x2": binds to the product before it. */
  x: boolean;
  /** Written after "sl" / "số lượng": may bind to a product on another line. */
  label: boolean;
  /** Index of a separate unit token, or -1 (the caller may re-read a noun-like classifier as a product word). */
  unitIdx: number;
  /** A glued measure such as "1m6" or "200g", canonical ("len:160"), which may be a size in a product name. */
  measure: string | null;
  /** The value includes a multiplier word ("1 tá" = 12, "2 chục" = 20). */
  multiplied: boolean;
  /** "vài cái" (a few): the customer gave no number, so the line must be asked about. */
  vague?: boolean;
  /** Another reading of the unit word ("can" typed bare: "cân" kg, or a tin can). */
  alt?: Unit;
  /** "1 thùng 12 chai": the outer pack, when the quantity counts what it holds. */
  outer?: Quantity;
}

/** The measure a quantity gives, glued ("500ml") or written apart from its number ("1 lít"); null for counts. */
export function measureOf(q: Quantity): string | null {
  return q.measure ?? (q.unit === null ? null : measureConcept(q.value, q.unit));
}

/** What a single token says about numbers. */
export type NumberToken =
  | { kind: 'num'; value: number; unit: Unit | null; measure: string | null }
  | { kind: 'x'; value: number }
  | { kind: 'label'; value: number }
  | { kind: 'other' };

const PRICE_SUFFIX = new Set(['k', 'tr', 'trieu', 'd', 'vnd', 'usd', 'nghin', 'ngan', 'ng', 'xu', 'cent', 'cents', 'đ', 'vnđ', 'triệu', 'nghìn', 'ngàn', 'ty', 'tỷ']);
const NUM_RE = /^(\d+)(?:[.,](\d+))?$/;
const GLUED_RE = /^(\d+)(?:[.,](\d+))?(\p{L}+)(\d*)$/u;


/** Reads one token as a number, a glued quantity ("2c", "1m5", "1,5kg"), "x2", or says it is none (prices, dates). */
export function readNumberToken(low: string): NumberToken {
  const c0 = low.charCodeAt(0);
  if ((low[0] === 'x' || low[0] === '×') && /^[x×]\d{1,4}$/.test(low)) return { kind: 'x', value: parseInt(low.slice(1), 10) };
  if (low.startsWith('sl') && /^sl\d{1,4}$/.test(low)) return { kind: 'label', value: parseInt(low.slice(2), 10) };
  if (c0 < 48 || c0 > 57) return { kind: 'other' };
  const plain = NUM_RE.exec(low);
  if (plain) {
    const frac = plain[2];
    if (frac !== undefined && frac.length >= 3) return { kind: 'other' }; // 250.000: a price
    const value = parseFloat(frac !== undefined ? `${plain[1]}.${frac}` : plain[1]!);
    if (value > 9999) return { kind: 'other' };
    return { kind: 'num', value, unit: null, measure: null };
  }
  const g = GLUED_RE.exec(low);
  if (!g) return { kind: 'other' }; // dates, times, codes
  const letters = g[3]!;
  if (PRICE_SUFFIX.has(letters) || PRICE_SUFFIX.has(fold(letters))) return { kind: 'other' };
  if (letters === 'c') {
    if (g[4] || g[2] !== undefined) return { kind: 'other' };
    return { kind: 'num', value: parseInt(g[1]!, 10), unit: UNITS.getText('cái')!, measure: null };
  }
  // "1l", "1,5l": a glued "l" is litres (alone, "L" is a size).
  const unit = letters === 'l' ? UNITS.getText('lít') : UNITS.getText(letters);
  if (!unit) return { kind: 'other' };
  let value = parseFloat(g[2] !== undefined ? `${g[1]}.${g[2]}` : g[1]!);
  // "2.4m2", "0,8m2": a decimal before "m2" is an area in square metres (no length is written "2.4m" and centimetres).
  if (g[4] === '2' && g[2] !== undefined && unit.key === 'met') return { kind: 'num', value, unit: AREA, measure: null };
  if (g[4]) {
    // Spoken shorthand: "1m5" = 1.5 m, "1kg2" = 1.2 kg; only for metres and kilograms.
    if (g[2] !== undefined || (unit.key !== 'met' && unit.key !== 'kg')) return { kind: 'other' };
    value = parseInt(g[1]!, 10) + parseFloat(`0.${g[4]}`);
  }
  return { kind: 'num', value, unit, measure: measureConcept(value, unit) };
}

const LABEL_FIRST = new WordSet(['sl', 'qty', 'quantity', 'số', 'so']);
const LABEL_SECOND = new WordSet(['lượng', 'luong']);
const X_WORDS = new WordSet(['x', '×']);
const OF = new WordSet(['of']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Skips colons; returns the next index holding a non-colon token. */
function skipColons(ts: readonly Token[], j: number): number {
  while (ts[j]?.kind === 'colon') j++;
  return j;
}


/** Words that can open a quantity (number words, labels, "x", "nửa", "a"...). */
const NUMBERISH = new WordSet([
  'một', 'mot', 'hai', 'ba', 'bốn', 'bon', 'năm', 'nam', 'sáu', 'sau', 'bảy', 'bẩy', 'bay', 'tám', 'tam', 'chín', 'chin',
  'mười', 'muoi', 'nửa', 'nua', 'half', 'vài', 'mấy', 'dăm', 'few', 'several', 'sl', 'qty', 'quantity', 'số', 'so', 'x',
  '×', 'a', 'an', 'couple', ...Object.keys(EN_VALUES),
]);

/** A can, counted ("1 can 5 lít"; "can" typed bare is also "cân", a kilogram). */
export const CAN: Unit = { dim: 'count', factor: 1, key: 'can' };

/** Reads a quantity starting at token j (label, "x", number, multiplier, unit, "rưỡi"), or null. */
export function readQuantity(ts: readonly Token[], i: number, en: boolean): Quantity | null {
  let j = i;
  let label = false;
  let x = false;
  const t0 = ts[j];
  if (!isWord(t0)) return null;
  // "Chúc shop năm mới", "năm nay", "năm sau": "năm" is the year there, not five.
  if (t0.fold === 'nam' && YEAR_AFTER.has(ts[j + 1])) return null;
  const c0 = t0.low.charCodeAt(0);
  if ((c0 < 48 || c0 > 57) && !NUMBERISH.has(t0) && !/^(x|×|sl)\d/.test(t0.low)) {
    // "lấy chục viên gạch", "cho e tá khăn", "chục rưỡi": a bare ten or dozen is one of it. Only the Vietnamese
    // spellings ("chục", "chuc", "tá"): an unaccented "ta" is a pronoun, and "trăm" alone is a hundred of money.
    const bare = t0.low === 'chục' || t0.low === 'chuc' || t0.low === 'tá' ? MULTIPLIERS.get(t0) : undefined;
    if (bare !== undefined && !en && isWord(ts[i + 1])) {
      let end = i + 1;
      let value = bare;
      if (AND_A_HALF.has(ts[end])) {
        value += bare / 2;
        end++;
      }
      let unit: Unit | null = null;
      let unitIdx = -1;
      const un = UNITS.get(ts[end]);
      // ("cát san lấp lấy chục khối": ten of a measure too.)
      if (un && un.dim !== 'pair') {
        unit = un;
        unitIdx = end;
        end++;
      }
      return { value, unit, start: i, end, words: true, x: false, label: false, unitIdx, measure: null, multiplied: true };
    }
    // "trăm mét lưới", "trăm ký": a bare hundred before a measure is a hundred of it (before anything else it is money).
    const measure = t0.fold === 'tram' && !en ? UNITS.get(ts[i + 1]) : undefined;
    if (measure !== undefined && measure.dim !== 'count' && measure.dim !== 'pair') {
      return { value: 100, unit: measure, start: i, end: i + 2, words: true, x: false, label: false, unitIdx: i + 1, measure: null, multiplied: true };
    }
    // "mét rưỡi", "cân rưỡi": one and a half of the unit.
    const unit = UNITS.get(t0);
    if (unit && unit.dim !== 'count' && AND_A_HALF.has(ts[i + 1])) {
      return { value: 1.5, unit, start: i, end: i + 2, words: true, x: false, label: false, unitIdx: i, measure: null, multiplied: false };
    }
    // "hoành phi mít mét hai", "quất mét tám": one metre and so many tenths, the one unsaid; the tenths spelled.
    const tail = unit && unit.key === 'met' && isWord(ts[i + 1]) && !/^\d/.test(ts[i + 1]!.low) ? compoundTail(ts, i + 1, unit) : null;
    if (unit && tail !== null) {
      return { value: 1 + tail.add, unit, start: i, end: tail.end, words: true, x: false, label: false, unitIdx: i, measure: null, multiplied: false };
    }
    return null;
  }
  if (LABEL_FIRST.has(t0)) {
    if (t0.fold === 'sl' || t0.fold === 'qty' || t0.fold === 'quantity') {
      label = true;
      j = skipColons(ts, j + 1);
    } else if (LABEL_SECOND.has(ts[j + 1])) {
      label = true;
      j = skipColons(ts, j + 2);
    } else return null;
  } else if (X_WORDS.has(t0) && isWord(ts[j + 1]) && /^\d/.test(ts[j + 1]!.low)) {
    x = true;
    j++;
  }
  const t = ts[j];
  if (!isWord(t)) return null;
  let value: number;
  let unit: Unit | null = null;
  let measure: string | null = null;
  let words = false;
  let vague = false;
  let end: number;
  let nt = readNumberToken(t.low);
  if (nt.kind === 'other' && (t.low[0] === 'x' || t.low[0] === '×') && /^[x×]\d/.test(t.low)) {
    // "x2kg", "x1.5kg": the "x" sign glued to a measured amount.
    const rest = readNumberToken(t.low.slice(1));
    if (rest.kind === 'num' && rest.unit !== null && rest.unit.dim !== 'count') {
      nt = rest;
      x = true;
    }
  }
  // "2.500 viên", "1.000 bao": a dot between groups of three marks thousands when pieces are counted after it (alone,
  // "250.000" is a price).
  if (nt.kind === 'other' && /^\d{1,3}(\.\d{3})+$/.test(t.low) && UNITS.get(ts[j + 1])?.dim === 'count') {
    nt = { kind: 'num', value: Number(t.low.replace(/\./g, '')), unit: null, measure: null };
  }
  const dashed = nt.kind === 'other' ? dashedRange(ts, j) : undefined;
  if (nt.kind === 'x' || nt.kind === 'label') {
    value = nt.value;
    if (nt.kind === 'x') x = true;
    else label = true;
    end = j + 1;
  } else if (nt.kind === 'num') {
    value = nt.value;
    unit = nt.unit;
    measure = nt.measure;
    end = j + 1;
    // "tầm 3 4 cái": a range (ranges.ts).
    const next = nt.unit === null && approxBefore(ts, i) && isWord(ts[end]) ? readNumberToken(ts[end]!.low) : null;
    if (next !== null && spacedRange(ts, j, value, next.kind === 'num' && next.unit === null ? next.value : null)) {
      value++;
      vague = true;
      end++;
    }
    // "8 đến 10 cái": a range (ranges.ts).
    const upper = nt.unit === null ? wordRange(ts, j, value) : null;
    if (upper !== null) {
      value = upper;
      vague = true;
      end += 2;
    }
  } else if (dashed !== undefined) {
    // "2-3 cái mũ": a range (ranges.ts), or no amount.
    if (dashed === null) return null;
    value = dashed;
    vague = true;
    end = j + 1;
  } else {
    const w = readNumberWords(ts, j, en);
    if (!w) return null;
    value = w.value;
    end = w.end;
    words = true;
    vague = w.vague === true;
  }
  // "the Tet gift box, 3 of them": in English, how many of the goods just named.
  if (en && unit === null && isWord(ts[end]) && ts[end]!.low === 'of' && isWord(ts[end + 1]) && THEM.has(ts[end + 1]!.low)) end += 2;
  // "nón trơn 40 lấy 1 ít", "khoảng một ít thôi": a little, an amount the customer did not give.
  // (Closing the clause only: "1 ít đường" is a kind, less sugar.)
  if (value === 1 && unit === null && !x && !label && isWord(ts[end]) && ts[end]!.low === 'ít' && (!isWord(ts[end + 1]) || PARTICLES.has(ts[end + 1]!))) {
    vague = true;
    end++;
  }
  let unitIdx = -1;
  let multiplied = false;
  /** what "rưỡi" adds: half a unit, or half the multiplier ("1 chục rưỡi" = 15) */
  let half = 0.5;
  if (!unit) {
    const mult = numberWord(MULTIPLIERS, ts[end]);
    // "2 lo mat ong" typed bare is "lọ" (jars), a classifier; only "lố" written so is a dozen.
    if (mult !== undefined && !(ts[end]!.fold === 'ta' && !ts[end]!.accented && en) && !(ts[end]!.fold === 'lo' && !ts[end]!.accented)) {
      value *= mult;
      end++;
      multiplied = true;
      half = mult / 2;
      // "một trăm hai chục cái", "1 trăm 2 chục": the tens after the hundreds.
      const tens = mult >= 100 ? tensAfter(ts, end, en) : null;
      if (tens !== null) {
        value += tens.value;
        end = tens.end;
      }
    }
    const un = UNITS.get(ts[end]);
    if (un && !(en && ts[end]!.fold === 'can')) {
      unit = un;
      unitIdx = end;
      end++;
      if (OF.has(ts[end])) end++; // "3 packs of mắm tôm": "of" is English whatever the rest
    }
  }
  if (!unit && !x && !label && X_WORDS.has(ts[end]) && isWord(ts[end + 1])) {
    // "2 x 3 m", "2 x 3m": an area, the unit written once after the second side.
    const w = readNumberToken(ts[end + 1]!.low);
    const sep = w.kind === 'num' && w.unit === null ? UNITS.get(ts[end + 2]) : undefined;
    const side = w.kind === 'num' ? (w.unit ?? sep ?? null) : null;
    if (w.kind === 'num' && side !== null && side.dim === 'length') {
      value = value * side.factor * w.value * side.factor;
      unit = AREA;
      end += sep ? 3 : 2;
    }
  }
  if (unit && unit.dim === 'length') {
    // "6 mét vuông": square metres; "1,5m x 2m" (or "2m x 3"): an area of width × length.
    if (SQUARE.has(ts[end])) {
      value *= unit.factor;
      unit = AREA;
      end++;
    } else if (X_WORDS.has(ts[end]) || ts[end]?.low === '*') {
      const w = isWord(ts[end + 1]) ? readNumberToken(ts[end + 1]!.low) : null;
      let other: number | null = null;
      let otherEnd = end + 2;
      if (w && w.kind === 'num' && w.unit && w.unit.dim === 'length') other = w.value * w.unit.factor;
      else if (w && w.kind === 'num' && w.unit === null && UNITS.get(ts[end + 2])?.dim === 'length') {
        other = w.value * UNITS.get(ts[end + 2])!.factor;
        otherEnd = end + 3;
      } else if (w && w.kind === 'num' && w.unit === null && unit.factor >= 1) {
        // "2m x 3": the second side in the same unit, unless another quantity follows ("2m x 3 cái"). (Not "30cm x
        // 2": a size in centimetres, then how many.)
        const after = ts[end + 2];
        if (!isWord(after) || (UNITS.get(after) === undefined && MULTIPLIERS.get(after) === undefined)) other = w.value * unit.factor;
      }
      if (other !== null) {
        value = value * unit.factor * other;
        unit = AREA;
        measure = null;
        end = otherEnd;
      }
    }
  }
  if (unit && (unit.dim === 'mass' || unit.dim === 'length' || unit.key === 'lit') && !AND_A_HALF.has(ts[end])) {
    const c = compoundTail(ts, end, unit);
    if (c) {
      value += c.add;
      end = c.end;
      if (measure !== null) measure = measureConcept(value, unit);
    }
  }
  if (X_WORDS.has(ts[end]) && !/^\d/.test(ts[end + 1]?.low ?? '')) end++; // "2 x khăn đỏ"
  if (AND_A_HALF.has(ts[end])) {
    value += unitIdx >= 0 ? 0.5 : half;
    end++;
  }
  return { value, unit, start: i, end, words, x, label, unitIdx, measure, multiplied, vague };
}

/**
 * The smaller part of a compound weight or length after "1 cân" / "2 mét": "1 cân 2 lạng" (+0.2 kg),
 * "1kg 200g", or the spoken "1 cân 2" / "2 mét 5" (a lone digit = tenths) when no unit or number follows it.
 */
function compoundTail(ts: readonly Token[], j: number, unit: Unit): { add: number; end: number } | null {
  const t = ts[j];
  if (!isWord(t)) return null;
  // ("mành tre một mét tám": a digit spelled with its marks, closing the phrase, goes on the amount as "1m8" does; not
  // "10 cân tám thơm", rice named "tám".)
  // ("mot met hai", "cao một mét tám nhé", "mét hai lấy 1": a digit spelled exactly, "hai" and "ba" having no marks
  // to write, before a closing particle, an order verb or the count too.)
  const after = ts[j + 1];
  const closes = !isWord(after) || PARTICLES.has(after) || ORDER_VERBS.has(after) || /^\d+$/.test(after.low);
  // ("1 mét tư gấm", "1 mét mốt satin": "tư" and "mốt", four and one only after a unit, whatever follows.)
  const spelled = closes ? DIGIT_WORDS.getExact(t.low) : t.low === 'tư' ? 4 : t.low === 'mốt' ? 1 : undefined;
  const nt = spelled !== undefined ? { kind: 'num' as const, value: spelled, unit: null } : readNumberToken(t.low);
  if (nt.kind !== 'num') return null;
  if (nt.unit !== null) {
    // "1kg 200g"
    if (nt.unit.dim === unit.dim && nt.unit.factor < unit.factor) return { add: (nt.value * nt.unit.factor) / unit.factor, end: j + 1 };
    return null;
  }
  if (!Number.isInteger(nt.value)) return null;
  const next = ts[j + 1];
  const sub = UNITS.get(next);
  if (sub) {
    if (sub.dim === unit.dim && sub.factor < unit.factor) return { add: (nt.value * sub.factor) / unit.factor, end: j + 2 };
    return null;
  }
  if (MULTIPLIERS.get(next) !== undefined || AND_A_HALF.has(next) || X_WORDS.has(next)) return null;
  if (spelled === undefined && isWord(next) && readNumberToken(next.low).kind !== 'other') return null;
  // "1 kg 300", "1 mét 20" closing the amount: grams, centimetres (not "2 mét 10 sợi", a count after it).
  // (Or before the goods' own word, "1 mét 20 gấm", "1 kg 300 xà cừ": not a unit of a count.)
  if (spelled === undefined && UNITS.get(next) === undefined && ((unit.key === 'kg' && nt.value >= 100 && nt.value <= 900 && nt.value % 50 === 0) ||
    (unit.key === 'met' && nt.value >= 10 && nt.value <= 90 && nt.value % 10 === 0))) return { add: nt.value / (unit.key === 'kg' ? 1000 : 100), end: j + 1 };
  // "rượu mận đong 1 lít 5": a litre and a half, as "1 mét 8" is.
  if ((unit.key !== 'kg' && unit.key !== 'met' && !(unit.key === 'lit' && UNITS.get(next) === undefined)) || nt.value < 1 || nt.value > 9) return null;
  return { add: nt.value / 10, end: j + 1 };
}

/** The unit a product is sold in, from the catalog's `unit` field ("mét", "kg", "đôi", "chiếc", "hộp 200g"). */
export function productUnit(unit: string): Unit {
  const low = unit.toLowerCase().trim();
  const glued = /^(\d+(?:[.,]\d+)?)\s*(\p{L}+)$/u.exec(low);
  if (glued) {
    const base = UNITS.getText(glued[2]!);
    if (base && base.dim !== 'count' && base.dim !== 'pair') {
      return u(base.dim, base.factor * parseFloat(glued[1]!.replace(',', '.')), fold(low));
    }
  }
  // "nghìn viên" (bricks by the thousand), "trăm con" (chicks by the hundred), "chục quả": a count of so many pieces.
  const counted = /^(\p{L}+)\s+(\p{L}+)$/u.exec(low);
  if (counted !== null && UNITS.getText(counted[2]!)?.dim === 'count') {
    const n = isThousand(counted[1]!) ? 1000 : MULTIPLIERS.getText(counted[1]!);
    if (n !== undefined) return u('count', n, fold(low));
  }
  const first = low.split(/\s+/)[0] ?? low;
  const mult = MULTIPLIERS.getText(low);
  if (mult !== undefined && mult !== 100 && low !== 'lo') return u('count', mult, fold(low));
  if (/^(mét|m) vuông$/.test(low)) return AREA;
  return UNITS.getExact(low) ?? UNITS.getText(low) ?? UNITS.getExact(first) ?? UNITS.getText(first) ?? u('count', 1, fold(low));
}

/** After hundreds, tens said with "chục" ("hai chục") or "mươi" ("hai mươi"): their value and where they end. */
function tensAfter(ts: readonly Token[], j: number, en: boolean): { value: number; end: number } | null {
  const t = ts[j];
  if (!isWord(t)) return null;
  const n = /^\d$/.test(t.low) ? { value: Number(t.low), end: j + 1 } : readNumberWords(ts, j, en);
  if (n === null || n.value < 1) return null;
  if (n.value < 10 && numberWord(MULTIPLIERS, ts[n.end]) === 10) return { value: n.value * 10, end: n.end + 1 };
  return n.value >= 10 && n.value < 100 && !/^\d/.test(t.low) ? n : null;
}
