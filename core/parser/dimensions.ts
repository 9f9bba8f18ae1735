/**
 * Sizes written "AxB" ("30x40", "40 x 60cm", "1m2x1m5") or "AxBxC" for boxes and furniture ("20x15x10",
 * "40 x 30 x 30 cm"): dimensions a product name carries, never a quantity.
 */

const DIM_RE = /^(\d+(?:[.,]\d+)?)[x×](\d+(?:[.,]\d+)?)(?:[x×](\d+(?:[.,]\d+)?))?(cm|mm|m)?$/;
const DIM_M_RE = /^(\d)m(\d{0,2})[x×](\d)m(\d{0,2})$/;
const DIM_PART_RE = /^(\d+(?:[.,]\d+)?)(cm|mm|m)?$/;

/**
 * Sides written in metres ("1.6x2.3m", "2x2m") compared in centimetres, as "1m6x2m3" is. (Sides in millimetres, "dây
 * 2x1.5mm", "ống nghiệm 16x150mm", stay as written: customers leave the unit out.)
 */
const TO_CM: Record<string, number> = { m: 100 };

/**
 * A size written "AxB" ("30x40", "40 x 60cm") starting at word i of `lows`: its concept ("dim:30x40") and the
 * index after it, or null. Sizes like these name a product ("Tranh sơn mài 30x40"); they are never a quantity.
 */
export function readDimension(lows: readonly (string | undefined)[], i: number): { concept: string; end: number; written?: string } | null {
  const w = lows[i];
  if (w === undefined) return null;
  const g = DIM_RE.exec(w);
  if (g) return { ...sides(g[3] === undefined ? [g[1]!, g[2]!] : [g[1]!, g[2]!, g[3]], g[4]), end: i + 1 };
  // "1m6x2m3", "1m2x1m8", "1mx2m": sides in metres the Vietnamese way, compared in centimetres ("160x230").
  const mixed = DIM_M_CM_RE.exec(w);
  if (mixed) return { concept: `dim:${metreCm(`${mixed[1]}m${mixed[2]}`)}x${Number(mixed[3])}`, end: i + 1 };
  const mm = DIM_M_RE.exec(w);
  if (mm) {
    const cm = (whole: string, frac: string): number => Number(whole) * 100 + (frac === '' ? 0 : frac.length === 1 ? Number(frac) * 10 : Number(frac));
    return { concept: `dim:${cm(mm[1]!, mm[2]!)}x${cm(mm[3]!, mm[4]!)}`, end: i + 1 };
  }
  // "1m6 x 2m", spaced: the same sides.
  const spaced = metreSides(lows, i);
  if (spaced !== null) return { concept: spaced, end: i + 3 };
  const a = /^\d+(?:[.,]\d+)?$/.test(w) ? w : null;
  const x = lows[i + 1];
  const b = lows[i + 2] === undefined ? null : DIM_PART_RE.exec(lows[i + 2]!);
  if (a === null || (x !== 'x' && x !== '×') || !b) return null;
  const y = lows[i + 3];
  const c = lows[i + 4] === undefined ? null : DIM_PART_RE.exec(lows[i + 4]!);
  if ((y === 'x' || y === '×') && c) return { ...sides([a, b[1]!, c[1]!], c[2]), end: i + 5 };
  return { ...sides([a, b[1]!], b[2]), end: i + 3 };
}

const METRES = /^(\d)m(\d{0,2})$/;

/** Centimetres of a length written the Vietnamese way in metres ("1m6" → 160, "2m" → 200, "1m25" → 125). */
function metreCm(w: string | undefined): number | null {
  const g = w === undefined ? null : METRES.exec(w);
  if (!g) return null;
  return Number(g[1]) * 100 + (g[2] === '' ? 0 : g[2]!.length === 1 ? Number(g[2]) * 10 : Number(g[2]));
}

/**
 * "1m6 x 2m" written with spaces, as in "Chiếu lá buông 1m6 x 2m": two lengths in metres either side of an "x", the
 * same size as "1m6x2m" ("dim:160x200"); null otherwise. A catalog's name keeps its two lengths as well ("chiếu 1m6").
 */
export function metreSides(lows: readonly (string | undefined)[], i: number): string | null {
  const a = metreCm(lows[i]);
  const b = metreCm(lows[i + 2]) ?? centimetres(lows[i + 2]);
  const x = lows[i + 1];
  return a === null || b === null || (x !== 'x' && x !== '×') ? null : `dim:${a}x${b}`;
}

/** "60", "60cm": a side in centimetres beside one in metres ("1m2 x 60cm"); ten or more, so no count ("1m2 x 2"). */
function centimetres(w: string | undefined): number | null {
  const g = w === undefined ? null : /^(\d{2,3})(cm)?$/.exec(w);
  return g ? Number(g[1]) : null;
}

/** "1m2x60cm", "1m2x60": glued sides, the first in metres and the second in centimetres. */
const DIM_M_CM_RE = /^(\d)m(\d{0,2})[x×](\d{2,3})(cm)?$/;

/** A side as a number, scaled ("1,6" in metres → "160"). */
function norm(x: string, factor: number): string {
  return String(Math.round(parseFloat(x.replace(',', '.')) * factor * 1000) / 1000);
}

/** The sides' concept; in metres, in centimetres with the sides as written too ("dim:3x4" of "Phông hồng 3x4m"). */
function sides(parts: readonly string[], unit: string | undefined): { concept: string; written?: string } {
  const factor = (unit === undefined ? undefined : TO_CM[unit]) ?? 1;
  const concept = `dim:${parts.map((x) => norm(x, factor)).join('x')}`;
  return factor === 1 ? { concept } : { concept, written: `dim:${parts.map((x) => norm(x, 1)).join('x')}` };
}
