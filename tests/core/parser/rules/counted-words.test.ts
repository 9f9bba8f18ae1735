/**
 * A word a number counts in a product's name ("Combo văn phòng 12 ổ thịt nướng") is the unit the shop sells by, not
 * the start of a name: "3 ổ thịt nướng" is three loaves of the grilled-pork bánh mì, not three of the combo.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'banhMi', text: 'Alo e đặt 3 ổ thịt nướng nhé', items: { 'BM-THITNUONG': 3 }, ask: false },
  { shop: 'banhMi', text: 'cho 1 ổ thập cẩm 1 ổ thịt nướng', items: { 'BM-THAPCAM': 1, 'BM-THITNUONG': 1 }, ask: false },
  // "Hộp 3 bánh xà bông" makes no "bánh xà bông nghệ" of single soaps sold by the bánh
  { shop: 'shampoo', text: '6 bánh xà bông, nghệ 3 than tre 3', items: { 'XB-NGHE': 3, 'XB-THAN': 3 }, ask: false },
  // negative: the combo named with its count
  { shop: 'banhMi', text: 'lấy 1 combo văn phòng 12 ổ', items: { 'VP-12': 1 }, ask: false },
];

describeCorpus('counted-words', EXAMPLES);
