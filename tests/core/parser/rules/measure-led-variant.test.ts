/**
 * After a line, an item naming only a measure led by its word ("dày 10", "cao 60 phân", "khổ 90") is the sibling of
 * that line's product with that measure: "2 tấm nệm 1m8 dày 5 với 1 tấm dày 10" is the 1m8 mattress 10 cm thick
 * (core/parser/place.ts, variantOfLine). With no line before, the measure alone asks which goods.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kapokBedding', text: '2 tấm nệm 1m8 dày 5 với 1 tấm dày 10', items: { 'NEM-18-5': 2, 'NEM-18-10': 1 }, ask: false },
  { shop: 'seedlings2', text: 'cà phê tr4 cao 40 phân 500 cây, cao 60 phân 500 cây', items: { 'CF-TR4-40': 500, 'CF-TR4-60': 500 }, ask: false },
  { shop: 'maChauSilk', text: 'chị ơi 3 mét lụa đỏ đô khổ 1m2 với 3 mét khổ 90 nhé', items: { 'LT120-DO': 3, 'LT90-DO': 3 }, ask: false },
  { shop: 'wiring', text: 'cho anh 3 ổ 3 lỗ loại dây 3m, 1 cái dài 5m', items: { 'O3-3M': 3, 'O3-5M': 1 }, ask: false },
  // negative: no line before the measure
  { shop: 'kapokBedding', text: 'lấy 1 tấm nệm dày 10', items: {}, ask: true },
];

describeCorpus('a measure led by its word names the sibling of the line before', EXAMPLES);
