/**
 * After a question about a product ("combo Tết 700k phải ko ạ?"), its bare head noun orders it ("e lấy 2 combo").
 * Only a phrase headed by the same noun is meant; a bare noun with nothing asked before still asks which.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // alone, a grammar word ("thì", "được") names nothing, even when a product's name starts with it ("Thì là …")
  { shop: 'bunCha', text: 'còn suất đặc biệt ko, còn thì lấy 2 suất', items: { 'BC-DB': 2 }, ask: false },
  { shop: 'bunCha', text: 'chả cá còn hộp 300g ko, còn thì e lấy 1', items: { 'CCA-300': 1 }, ask: false },
  { shop: 'leather', text: 'xi đánh giày dùng cho da lộn được không shop', items: {}, ask: false },
  // negative: the whole name still orders it
  { shop: 'bunCha', text: 'lấy thêm 2 gói thì là nhé', items: { 'THI-LA': 2 }, ask: false },
  { shop: 'tea', text: 'Set Trung Thu giá 400k đúng ko shop, e lấy 2 set', items: { 'SET-TRUNGTHU': 2 }, ask: false },
  { shop: 'tea', text: 'set quà Tết còn hàng không shop? lấy 1 set nhé', items: { 'SET-TET': 1 }, ask: false },
  { shop: 'lanterns', text: 'combo Tết 700k phải ko ạ? e lấy 2 combo', items: { 'COMBO-TET': 2 }, ask: false },
  // negative: nothing asked before
  { shop: 'tea', text: 'e lấy 2 set', items: {}, ask: true },
];

describeCorpus('asked-then-ordered', EXAMPLES);
