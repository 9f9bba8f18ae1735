/**
 * "ván ép 12 ly", "que 3 ly 2", "đục 2 ly rưỡi", "vòng trầm 8 li": at a shop whose names measure in millimetres
 * ("Ván ép … dày 12mm", "Que hàn … phi 3.2mm"), "ly" (or "li") after a number is a millimetre, as the trade says it.
 * The shorthand is written out as "mm" in the names and aliases (when the index is built, so an alias "ván ép 12 ly"
 * says 12 mm too) and in each message: "12 ly" is the thickness the names carry, not a count of 12 cups. A shop whose
 * names never write millimetres ("Dây giềng PE 8 ly") reads "ly" as its names do, and one whose goods are glasses or
 * are sold by the glass ("Ly giữ nhiệt 500ml", unit "ly") keeps "ly" as a glass.
 */
import type { CatalogProduct } from '../catalog/types.ts';
import { INDEX } from './matcher-index.ts';
import type { Matcher } from './matcher-index.ts';
import { UNITS } from './units.ts';

/** A number, "ly"/"li", and a tenth said after it ("3 ly 2") or a half ("2 ly rưỡi"); not "14 Lý Thường Kiệt". */
const LY = /(?<![\p{L}\d.,_-])(\d+(?:[.,]\d+)?) ?(?:ly|li|LY|LI)(?: (rưỡi|ruoi|\d)(?= ?([\p{L}]*)))?(?![\p{L}\d_-])/gu;
/** Words that make the digit after "ly" a count ("dây 8 ly 1 trăm mét"), not a tenth. */
const COUNTING = /^(?:trăm|tram|chục|chuc|nghìn|nghin|ngàn|ngan|tá|rưỡi|ruoi)$/iu;

/** "ly" or "li" as a word of its own, not after a number: a glass ("Ly sứ 350ml"). */
const GLASS = /(?<![\p{L}\d])(?:ly|li|cốc)(?![\p{L}\d])/u;
const AFTER_NUMBER = /\d ?(?:ly|li)(?![\p{L}\d])/gu;
/** A measure in millimetres ("12mm", "3.2 mm"), not square millimetres. */
const MM = /\d ?mm(?![\p{L}\d²])/u;

/**
 * "ly" after a number means millimetres at this shop: its names measure in millimetres, and no name or alias writes
 * "ly" or "li" alone (a glass) nor is any product sold by the glass.
 */
export function lyMeansMm(products: readonly CatalogProduct[]): boolean {
  let measured = false;
  for (const p of products) {
    const unit = p.unit.toLowerCase().trim().split(/\s+/)[0] ?? '';
    if (unit === 'ly' || unit === 'cốc') return false;
    for (const text of [p.name, ...p.aliases]) {
      const low = text.toLowerCase();
      if (GLASS.test(low.replace(AFTER_NUMBER, ' '))) return false;
      if (MM.test(low)) measured = true;
    }
  }
  return measured;
}

/**
 * Writes "N ly" out as millimetres ("3 ly 2" → "3.2mm", "2 ly rưỡi" → "2.5mm", "10 ly 2 cái" → "10mm 2 cái", "8 ly 1
 * trăm mét" → "8mm 1 trăm mét").
 */
export function lyToMm(text: string): string {
  if (!/l[yi]/i.test(text)) return text; // most texts: no need to run the pattern
  return text.replace(LY, (whole: string, n: string, tail: string | undefined, next: string | undefined) => {
    const value = Number(n.replace(',', '.'));
    if (tail === undefined) return `${n}mm`;
    if (/^\d$/.test(tail)) {
      // ("3 ly 2" is 3.2 mm; "10 ly 2 cái" is two of 10 mm: a unit after the digit counts it.)
      if (next !== undefined && next !== '' && (UNITS.getText(next.toLowerCase()) !== undefined || COUNTING.test(next))) return `${n}mm ${tail}`;
      // (Tenths after one digit only, as wires and rods are said, "1 ly 5", "3 ly 2"; "đục 12 ly 1" is one chisel.)
      return Number.isInteger(value) && value < 10 ? `${n}.${tail}mm` : `${n}mm ${tail}`;
    }
    return Number.isInteger(value) ? `${value + 0.5}mm` : whole;
  });
}

/** The message with "N ly" written out as millimetres, at a shop where "ly" means so. */
export function millimetres(m: Matcher, text: string): string {
  return m[INDEX].lyMm ? lyToMm(text) : text;
}
