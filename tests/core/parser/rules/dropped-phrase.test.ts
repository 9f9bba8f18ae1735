/** Review rule dropped-phrase (core/parser/rules/dropped-phrase.ts): a product phrase in an ordering message that no line or question accounts for is asked about, never dropped. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // negative: after a placed line, words naming no kind of thing say what the goods are for
  { shop: 'sauce', text: 'cho e 5 hũ tiêu đen ạ, e bán lại', items: { 'TIEU-DEN': 5 }, ask: false },
  { shop: 'sweets', text: 'e mua 3 đèn lồng tròn đỏ 30cm để treo cổng ạ', items: { 'DEN-30': 3 }, ask: false },
  // positive: a second item the reading could not pair is asked about
  { shop: 'herbs', text: 'cho e 1kg long nhãn vs hạt sen', items: { 'LONG-NHAN': 1 }, ask: true },
  { shop: 'silk', text: 'lấy 2 khăn đỏ, với cả túi lụa', items: { 'KL-DO': 2 }, ask: true },
  // negative: a purpose, a beneficiary, a delivery place, a question about another product
  { shop: 'silk', text: 'lấy 2 khăn đỏ làm quà cho mẹ', items: { 'KL-DO': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 3 lạng cam thảo, giao về Long Biên', items: { 'CAM-THAO': 3 }, ask: false },
  { shop: 'silver', text: 'lấy 1 đỉnh đồng 30cm cho 2 bé', items: { 'DINH-30': 1 }, ask: false },
];

describeCorpus('dropped-phrase', EXAMPLES);
