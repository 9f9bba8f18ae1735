/**
 * A grade written with a word ("40 độ đạm", "29 độ") in a catalog that also sells something "đỏ" (red): the two
 * words fold alike, so the catalog keeps a concept per spelling, yet the grade is one grade however it is typed.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sauce', text: 'cho mình 2 chai nước mắm 40 độ 500ml', items: { 'NM40-500': 2 }, ask: false },
  { shop: 'sauce', text: 'lấy 1 can mắm 35 độ đạm 2 lít', items: { 'NM35-2L': 1 }, ask: false },
  { shop: 'sauce', text: '3 chai nuoc mam 40 do 750ml', items: { 'NM40-750': 3 }, ask: false },
  { shop: 'sweets', text: '2 chai rượu nếp 40 độ nhé', items: { 'RUOU-40': 2 }, ask: false },
  // negative: a degree the shop does not sell, and a red pepper that stays a colour
  { shop: 'sweets', text: '2 chai rượu nếp 35 độ', items: {}, ask: true },
  { shop: 'sauce', text: 'lấy 2 hũ tiêu đỏ', items: { 'TIEU-DO': 2 }, ask: false },
];

describeCorpus('grade-words', EXAMPLES);
