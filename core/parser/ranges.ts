/**
 * Amounts given as a range, which no shop can hand over (stage 2, for numbers.ts readQuantity; place.ts asks about a
 * vague quantity): "tầm 3 4 cái", two counts in a row after a word of about, one more than the other; "2-3 cái mũ",
 * "khoảng 5-6 bộ", two close counts written with a dash; "8 đến 10 cái", "khoảng 10 tới 15 bó", two counts joined by
 * "đến" or "tới". Not a range that names a kind: "loại 2-3 cân", "15-20 con/kg",
 * "mực 3-4 con 1kg".
 */
import { WordSet } from './lexicon.ts';
import type { Token } from './normalize.ts';
import { UNITS } from './units.ts';

/** Words of about before a range said as two counts: "tầm 3 4 cái". */
const APPROX = new WordSet(['tầm', 'khoảng', 'chừng', 'cỡ', 'tam', 'khoang']);
/** A range of two small counts written with a dash: "2-3". */
const RANGE = /^\d{1,2}[-–]\d{1,2}$/;
/** Words after which a range names a kind: "loại 2-3 cân", "size 3-4 tuổi". */
const RANGE_OF_KIND = new WordSet(['loại', 'size', 'sz', 'cỡ', 'cở', 'co', 'loai', 'hạng', 'số']);

/** A word of about before the amount that starts at i ("tầm", "khoảng"): only then may two counts be a range. */
export function approxBefore(ts: readonly Token[], i: number): boolean {
  return APPROX.has(ts[i - 1]);
}

/**
 * After a word of about, the count `value` at j goes on with a second count one more than it and a unit after ("tầm 3
 * 4 cái"); `second` is the next token's bare number, if any.
 */
export function spacedRange(ts: readonly Token[], j: number, value: number, second: number | null): boolean {
  return second !== null && second === value + 1 && UNITS.get(ts[j + 2]) !== undefined;
}

/** Words joining the two counts of a range: "8 đến 10 cái". */
const UP_TO = new WordSet(['đến', 'tới', 'den', 'toi']);

/**
 * The count `value` at j goes on with "đến"/"tới", a larger count and a unit ("8 đến 10 cái"): the upper count, else
 * null.
 */
export function wordRange(ts: readonly Token[], j: number, value: number): number | null {
  const w = ts[j + 1];
  const n = ts[j + 2];
  if (w?.kind !== 'word' || !UP_TO.has(w) || n?.kind !== 'word' || !/^\d{1,3}$/.test(n.low) || UNITS.get(ts[j + 3]) === undefined) return null;
  const upper = Number(n.low);
  return upper > value ? upper : null;
}

/** Tens or hundreds after a range: "2-3 chục" (a plain set: the word sets' membership bits are all taken). */
const TENS = new Set(['chục', 'trăm', 'chuc', 'tram']);

/**
 * The token at j, a range written with a dash before a unit: its upper count; null when it is a range but no amount
 * of goods (counts far apart); undefined when it is no such range.
 */
export function dashedRange(ts: readonly Token[], j: number): number | null | undefined {
  const t = ts[j]!;
  // ("2-3 chục cái", "1-2 chục bó": tens left open too.)
  const tens = TENS.has(ts[j + 1]?.low ?? '');
  if (!RANGE.test(t.low) || (UNITS.get(ts[j + 1]) === undefined && !tens) || (!tens && /^[/\d]/.test(ts[j + 2]?.low ?? '')) || RANGE_OF_KIND.has(ts[j - 1])) return undefined;
  const [a, b] = t.low.split(/[-–]/).map(Number) as [number, number];
  return a >= 1 && b > a && b - a <= 2 ? b : null;
}
