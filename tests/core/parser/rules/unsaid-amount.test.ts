/** Review rule unsaid-amount (core/parser/rules/unsaid-amount.ts): goods sold by weight, volume or length ordered with no amount ask how much. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: no amount at all of goods sold by the kg or the metre
  { shop: 'baoNinhSquid', text: 'Cho em mực loại 1 ạ', items: {}, ask: true },
  { shop: 'thanhHaClay', text: 'lấy đất sét đủ cho 30 học sinh nặn', items: {}, ask: true },
  { shop: 'moRongHerbs', text: 'mua thổ cẩm về làm quà', items: {}, ask: true },
  // negative: an amount said, by number or in the phrase
  { shop: 'baoNinhSquid', text: 'Cho em 2 ký mực loại 1 ạ', items: { 'MK-L1': 2 }, ask: false },
  { shop: 'baoNinhSquid', text: 'mực loại 1 nửa ký', items: { 'MK-L1': 0.5 }, ask: false },
  // negative: goods sold by the piece take one when no amount is said
  { shop: 'thanhHaClay', text: 'lấy heo đỏ 15cm nhé', items: { 'HEO-15-DO': 1 }, ask: false },
];

describeCorpus('unsaid-amount', EXAMPLES);
