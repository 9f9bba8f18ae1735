/**
 * After a question about a product ("combo Tết 700k phải ko ạ?"), its bare head noun orders it ("e lấy 2 combo").
 * Only a phrase headed by the same noun is meant; a bare noun with nothing asked before still asks which.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tea', text: 'Set Trung Thu giá 400k đúng ko shop, e lấy 2 set', items: { 'SET-TRUNGTHU': 2 }, ask: false },
  { shop: 'tea', text: 'set quà Tết còn hàng không shop? lấy 1 set nhé', items: { 'SET-TET': 1 }, ask: false },
  { shop: 'lanterns', text: 'combo Tết 700k phải ko ạ? e lấy 2 combo', items: { 'COMBO-TET': 2 }, ask: false },
  // negative: nothing asked before
  { shop: 'tea', text: 'e lấy 2 set', items: {}, ask: true },
];

describeCorpus('asked-then-ordered', EXAMPLES);
