/**
 * Checking a stated price while ordering still orders ("lấy 2 cái … giá 1tr8 đúng ko"), and so does a price check
 * confirmed after it ("… giá 280k đúng ko shop, lấy nhé"). A question about a discount states no price: it orders
 * nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sweets', text: 'lấy 2 chai rượu nếp 40 độ giá 120k đúng ko shop', items: { 'RUOU-40': 2 }, ask: false },
  { shop: 'sauce', text: '2 hũ tiêu đen giá 85k đúng không shop, lấy nhé', items: { 'TIEU-DEN': 2 }, ask: false },
  { shop: 'herbs', text: 'Cho em 1 hộp trà gừng giá 90k đúng ko ạ, e lấy nhé', items: { 'TRA-GUNG': 1 }, ask: false },
  // negative: a discount question, and a price check with no confirmation
  { shop: 'herbs', text: 'mua 10 hộp trà gừng có giảm giá không shop?', items: {}, ask: false },
  { shop: 'sauce', text: '2 hũ tiêu đen giá 85k đúng không shop?', items: {}, ask: false },
  // "mấy" before people ("mấy đứa em") is "the few", no question
  { shop: 'sweetsNorth', text: 'mua 5 gói chè lam gừng 200g chia cho mấy đứa em', items: { 'CL-GUNG-200': 5 }, ask: false },
  { shop: 'noodles', text: 'lấy 4 gói mì chũ 500g biếu mấy bác hàng xóm', items: { 'MICHU-500': 4 }, ask: false },
  // negative: "mấy" asking how many
  { shop: 'noodles', text: 'mì chũ 500g còn mấy gói shop', items: {}, ask: false },
];

describeCorpus('price-check-orders', EXAMPLES);
