/**
 * "chốt 1 combo 4 cốc", "2 thùng 12 chai", "1 hộp 8 cái": a count classifier followed by a count reads as one
 * product's name (its classifier and what one holds) when exactly one product is named so; the number before it is
 * how many. When several products are named so, the reading still asks which.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'drinks', text: 'chốt 1 combo 4 cốc ạ', items: { 'COMBO-4': 1 }, ask: false },
  { shop: 'dairy', text: 'cho e 2 thùng 12 chai nhé', items: { 'THUNG-ST-12': 2 }, ask: false },
  { shop: 'dairy', text: 'e lấy 1 thùng 48 hũ nhé', items: { 'SC-THUNG48': 1 }, ask: false },
  // negative: two products come in a lốc of 4 (with and without sugar)
  { shop: 'dairy', text: 'lấy 1 lốc 4 hũ nhé', items: {}, ask: true },
  // packs that add up to a line already written restate it: asked, never a second line
  { shop: 'combs', text: 'e cần 20 móc khóa cá, lấy 2 lô 10 cái', items: { 'MK-CA': 20 }, ask: true },
];

describeCorpus('named-set', EXAMPLES);
