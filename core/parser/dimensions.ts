/**
 * Sizes written "AxB" ("30x40", "40 x 60cm", "1m2x1m5") or "AxBxC" for boxes and furniture ("20x15x10",
 * "40 x 30 x 30 cm"): dimensions a product name carries, never a quantity.
 */

const DIM_RE = /^(\d+(?:[.,]\d+)?)[x×](\d+(?:[.,]\d+)?)(?:[x×](\d+(?:[.,]\d+)?))?(?:cm|mm|m)?$/;
const DIM_M_RE = /^(\d)m(\d{0,2})[x×](\d)m(\d{0,2})$/;
const DIM_PART_RE = /^(\d+(?:[.,]\d+)?)(?:cm|mm|m)?$/;

/**
 * A size written "AxB" ("30x40", "40 x 60cm") starting at word i of `lows`: its concept ("dim:30x40") and the
 * index after it, or null. Sizes like these name a product ("Tranh sơn mài 30x40"); they are never a quantity.
 */
export function readDimension(lows: readonly (string | undefined)[], i: number): { concept: string; end: number } | null {
  const w = lows[i];
  if (w === undefined) return null;
  const g = DIM_RE.exec(w);
  const norm = (x: string): string => String(parseFloat(x.replace(',', '.')));
  if (g) return { concept: `dim:${norm(g[1]!)}x${norm(g[2]!)}${g[3] === undefined ? '' : `x${norm(g[3])}`}`, end: i + 1 };
  // "1m6x2m3", "1m2x1m8", "1mx2m": sides in metres the Vietnamese way, compared in centimetres ("160x230").
  const mm = DIM_M_RE.exec(w);
  if (mm) {
    const cm = (whole: string, frac: string): number => Number(whole) * 100 + (frac === '' ? 0 : frac.length === 1 ? Number(frac) * 10 : Number(frac));
    return { concept: `dim:${cm(mm[1]!, mm[2]!)}x${cm(mm[3]!, mm[4]!)}`, end: i + 1 };
  }
  const a = /^\d+(?:[.,]\d+)?$/.test(w) ? w : null;
  const x = lows[i + 1];
  const b = lows[i + 2] === undefined ? null : DIM_PART_RE.exec(lows[i + 2]!);
  if (a === null || (x !== 'x' && x !== '×') || !b) return null;
  const y = lows[i + 3];
  const c = lows[i + 4] === undefined ? null : DIM_PART_RE.exec(lows[i + 4]!);
  if ((y === 'x' || y === '×') && c) return { concept: `dim:${norm(a)}x${norm(b[1]!)}x${norm(c[1]!)}`, end: i + 5 };
  return { concept: `dim:${norm(a)}x${norm(b[1]!)}`, end: i + 3 };
}
