/**
 * "2 can 5 lít rượu bắp", "1 bình 2 lít rượu nếp 40 độ" of wine sold by the litre: a count of containers, each holding
 * the measure said right after it, is so many times that measure; where the goods come in a container of that size
 * ("Can 2 lít"), the container is the product instead (core/parser/size-after-count.ts containerOfAmount).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'ruouCan', text: '2 can 5 lít rượu bắp nhé em', items: { 'RC-BAP-LIT': 10 }, ask: false },
  { shop: 'ruouCan', text: 'Cho chị 1 can 5 lít rượu gạo đỏ', items: { 'RC-GD-LIT': 5 }, ask: false },
  { shop: 'porkRolls', text: 'cho mình 2 can 5 lít rượu nếp 40 độ', items: { 'RUOU-LIT': 10 }, ask: false },
  { shop: 'porkRolls', text: 'Shop ship cho mình 1 bình 2 lít rượu nếp 40 độ', items: { 'RUOU-LIT': 2 }, ask: false },
  // negative: a container of that very size is sold, so the cans are that product
  { shop: 'cornLiquor', text: 'Em cần 1 can 2 lít 40 độ ạ', items: { 'RN40-CAN2': 1 }, ask: false },
  { shop: 'cornLiquor', text: 'lấy 2 can 5 lít 40 độ với 1 can 5 lít 45 độ', items: { 'RN40-CAN5': 2, 'RN45-CAN5': 1 }, ask: false },
];

describeCorpus('container-of-amount', EXAMPLES);
