/**
 * Sizes with three sides, "AxBxC" (core/parser/dimensions.ts): cartons and fish tanks are told apart by them
 * ("Thùng carton 3 lớp 20x15x10 cm", "Bể kính 60x30x35"), written glued or spaced. Spaced, the third side counts
 * only when a product has it ("80 x 40 x 2" may be two of a size).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'packaging', text: 'Chào shop, cho em 100 thùng carton 20x15x10 nhé', items: { 'CT-20X15X10': 100 }, ask: false },
  { shop: 'packaging', text: 'cho e 1 cái thùng 60x40x40 với 1 cái 40x30x30', items: { 'CT-60X40X40-5L': 1, 'CT-40X30X30-5L': 1 }, ask: false },
  { shop: 'packaging', text: 'thùng 30 x 20 x 20 lấy 10 cái', items: { 'CT-30X20X20': 10 }, ask: false },
  // "mỗi loại" goes to the two sizes named, not to every carton
  { shop: 'packaging', text: 'thùng 20x15x10 với 25x20x15 mỗi loại 100 cái', items: { 'CT-20X15X10': 100, 'CT-25X20X15': 100 }, ask: false },
  { shop: 'aquarium', text: 'bể 60x30x35 1 cái, đèn 60cm 1 cái', items: { 'BK-60': 1, 'DEN-60': 1 }, ask: false },
  { shop: 'aquarium', text: '2 bể 80 x 40 x 45cm', items: { 'BK-80': 2 }, ask: false },
  // negative: a size no carton comes in names none
  { shop: 'packaging', text: 'lấy 10 thùng 20x15x12', items: {}, ask: true },
];

describeCorpus('box-sizes', EXAMPLES);
