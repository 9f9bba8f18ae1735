import { foldDiacritics } from '../text.ts';
/** Units sold by measure, where a fraction makes sense (1,5 mét, 2 lạng); everything else is sold whole. */
const DIVISIBLE = new Set(['m', 'met', 'metre', 'meter', 'cm', 'kg', 'ky', 'ki', 'kilo', 'kilogram', 'can', 'lang', 'g', 'gam', 'gram', 'l', 'lit', 'litre', 'liter', 'ml', 'm2', 'met vuong', 'yard', 'm3', 'khoi', 'met khoi', 'tan']);

function fold(unit: string): string {
  return foldDiacritics(unit)
    .replace('²', '2')
    .replace('³', '3')
    .toLowerCase()
    .trim();
}

/** True when a product's unit can be ordered in fractions (metres, kilograms, litres …). */
export function isDivisibleUnit(unit: string): boolean {
  return DIVISIBLE.has(fold(unit));
}

/** True when `qty` is a quantity that can be ordered in this unit: positive, and whole unless divisible. */
export function isOrderableQty(qty: number, unit: string): boolean {
  return Number.isFinite(qty) && qty > 0 && (isDivisibleUnit(unit) || Number.isInteger(qty));
}
