/**
 * Reader elided-head, a size word then a measure in a list (core/parser/elided-head.ts, bareValue): "chao đèn tròn 40cm
 * 2 cái, tròn 60cm 1 cái" — after a word of shape or size that opens the next item, a measure with its unit, of a kind
 * the item before carries, is the new item's own in place of that one. A measure no sibling comes in still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'rattanPhuVinh4', text: 'chao đèn tròn 40cm 2 cái, tròn 60cm 1 cái', items: { 'CD-TRON-40': 2, 'CD-TRON-60': 1 }, ask: false },
  { shop: 'riceCrackersThoHa', text: 'bánh đa nem to 30cm, nhỏ 16cm mỗi loại 4 xấp', items: { 'BDN-30': 4, 'BDN-16': 4 }, ask: false },
  { shop: 'mosquito', text: 'tinh dầu sả to 50ml 1 chai + nhỏ 10ml 2 chai', items: { 'TD-SA-50': 1, 'TD-SA-10': 2 }, ask: false },
  // negative: no sibling comes in that measure; the item asks
  { shop: 'rattanPhuVinh4', text: 'chao đèn tròn 40cm 2 cái, tròn 50cm 1 cái', items: { 'CD-TRON-40': 2 }, ask: true },
  // negative: the word alone keeps the measure of the item before, which no small one comes in; the item asks
  { shop: 'riceCrackersThoHa', text: 'bánh đa nem to 30cm 2 xấp, nhỏ 3 xấp', items: { 'BDN-30': 2 }, ask: true },
];

describeCorpus('shape then measure in a list', EXAMPLES);
