/**
 * A word after a product reference that only products of another kind carry ("treo" of "Móc treo đèn", "lẻ" of
 * "Giỏ quà biếu lẻ") tells the product's siblings apart from nothing: the reference ends before it. A colour, or
 * a word that more catalog words follow, still counts against the product.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sweets', text: 'Lấy 1 đèn lồng tròn đỏ 60cm treo cổng ạ', items: { 'DEN-60': 1 }, ask: false },
  { shop: 'sauce', text: 'thêm 1 hũ tiêu đen lẻ nữa nhé', items: { 'TIEU-DEN': 1 }, ask: false },
  { shop: 'sauce', text: '2 chai mắm 35 độ 500ml biếu ông bà', items: { 'NM35-500': 2 }, ask: false },
  // negative: a colour the lanterns do not come in; a glaze the catalog writes after "men" only for other things
  { shop: 'sweets', text: '1 đèn lồng tròn vàng 30cm', items: {}, ask: true },
  { shop: 'sweets', text: 'lấy 2 lọ hoa men rạn 20cm', items: {}, ask: true },
  // a word only guessed as a slip of a catalog word ("cổng" for "cong") is no catalog word following
  { shop: 'lanterns', text: 'Lấy 1 đèn tròn đỏ 60cm treo cổng ạ', items: { 'DL-TRON-DO-60': 1 }, ask: false },
  { shop: 'rattan', text: 'cho e 5 bình hoa mây để trang trí quán cafe', items: { 'BINH-HOA-MAY': 5 }, ask: false },
];

describeCorpus('other-kind-words', EXAMPLES);
