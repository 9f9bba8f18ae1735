/**
 * The catalog is the grammar: words of the shop's names outrank grammar words they look like, and a size the names
 * carry is read as a size even when a count follows it.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a question word, a complaint word or a price word inside the catalog's words
  { shop: 'silver', text: 'lấy 2 huy hiệu cờ đỏ sao vàng', items: { 'HUY-HIEU': 2 }, ask: false },
  { shop: 'silver', text: '1 giá 5 móc nhé', items: { 'GIA-5': 1 }, ask: false },
  { shop: 'herbs', text: 'mk lấy 5 lạng cam thảo', items: { 'CAM-THAO': 5 }, ask: false },
  // a measure between a phrase and a count is the size
  { shop: 'herbs', text: 'táo đỏ 500g x 3', items: { 'TAO-HOP-500': 3 }, ask: false },
  { shop: 'herbs', text: 'táo đỏ 500g 2 hộp', items: { 'TAO-HOP-500': 2 }, ask: false },
  // negative: a measure alone of a product sold by weight is how much
  { shop: 'herbs', text: 'táo đỏ cân 2kg', items: { 'TAO-KG': 2 }, ask: false },
  // negative: a real question still orders nothing
  { shop: 'silver', text: 'huy hiệu sao không có size nhỏ hả shop?', items: {}, ask: false },
  // a classifier that is also a noun is a word of the name unless a number counts it or it says how it is sold
  { shop: 'seedlings', text: 'e lấy 20kg phân gà nhé', items: { 'PHAN-GA': 20 }, ask: false },
  { shop: 'rice', text: 'e ơi c lấy 3 cân nếp cái với 2 cân nếp cẩm nha', items: { 'NEP-CHV-KG': 3, 'NEP-CAM-KG': 2 }, ask: false },
  // negative: "(bán theo cái)" says how the single cake is sold; "loại 10 cái" still names the box of ten
  { shop: 'tea', text: 'lấy 2 hộp bánh cốm 20 cái, đổi 1 hộp sang loại 10 cái nhé', items: { 'BC-20': 1, 'BC-10': 1 }, ask: false },
];

describeCorpus('catalog-grammar', EXAMPLES);
