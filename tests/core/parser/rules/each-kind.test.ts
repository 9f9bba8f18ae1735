/**
 * The word after "mỗi" may name what varies ("mỗi tone", "mỗi loại men", "mỗi loại chai"): it is no product, and
 * the quantity goes to each product of the phrase it belongs to.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tableware', text: 'mỗi loại men lấy 2 bát cơm 12cm', items: { 'BAT-LAM-12': 2, 'BAT-RAN-12': 2 }, ask: false },
  { shop: 'sauce', text: 'mắm 40 độ đạm mỗi loại chai 1 chai', items: { 'NM40-500': 1, 'NM40-750': 1 }, ask: false },
  { shop: 'sweets', text: 'đèn lồng tròn đỏ mỗi cỡ 2 cái', items: { 'DEN-30': 2, 'DEN-60': 2 }, ask: false },
];

describeCorpus('each-kind', EXAMPLES);
