/**
 * "A hay B vậy shop?": two things joined by "hay" (or) and closed by "vậy" / "thế" / "nhỉ" ask which one the shop
 * sells, and order neither (core/parser/clauses.ts eitherOr). An order said before the question still orders.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'noodles', text: 'nước mắm 35 độ đạm hay 40 độ vậy shop', items: {}, ask: false },
  { shop: 'silverware', text: 'vòng bạc này có phải bạc ta không hay bạc 925 vậy shop', items: {}, ask: false },
  { shop: 'birdCages', text: 'cám khướu 200g hay 100g vậy a', items: {}, ask: false },
  { shop: 'brocade', text: 'khăn 60x200 có dài thật 2 mét không hay chỉ 1m8 vậy', items: {}, ask: false },
  // negative: "hay" without the closing particle, and an order before the question
  { shop: 'silk', text: 'lấy 2 khăn đỏ, khăn xanh hay vàng cũng được', items: { 'KL-DO': 2 }, ask: true },
];

describeCorpus('either-or', EXAMPLES);
