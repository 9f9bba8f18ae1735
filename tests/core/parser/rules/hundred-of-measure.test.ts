/**
 * A bare "trăm" or "chục" before a measure is a hundred or ten of it (core/parser/numbers.ts): "trăm mét lưới leo" is
 * 100 metres of the climbing net, "chục khối" ten cubic metres, not an order with no amount that placed nothing.
 * Before anything else "trăm" stays money.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'farmFilms', text: 'e lấy trăm mét lưới leo nha', items: { 'LDL-M': 100 }, ask: false },
  { shop: 'fabrics', text: 'cho e trăm mét vải đũi khổ 1m5 màu kem nhé', items: { 'DUI15-KEM': 100 }, ask: false },
  { shop: 'building', text: 'cát san lấp lấy chục khối', items: { 'CAT-SAN-LAP': 10 }, ask: false },
  { shop: 'wallPaint', text: 'nilon che khổ 2m lấy chục mét', items: { 'NILON-CHE': 10 }, ask: false },
];

describeCorpus('hundred-of-measure', EXAMPLES);
