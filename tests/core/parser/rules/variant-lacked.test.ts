/**
 * A number and its word right after a product phrase ("5 tầng", "2 mặt") that the placed product lacks and products
 * of its kind have is a variant it does not come in: ask, offering those products, instead of placing it
 * (core/parser/rules/number-beside-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'shelves', text: 'cho e 2 kệ sách mini 3 tầng', items: {}, ask: true },
  { shop: 'shelves', text: 'ke sach mini 4 tang 1 cai', items: {}, ask: true },
  { shop: 'rooftopSolar', text: 'lấy 2 tấm ja 2 mặt', items: {}, ask: true },
  // negatives: the count the product has; the product named alone; an amount after the phrase
  { shop: 'shelves', text: 'lấy 1 kệ 3 tầng 60', items: { 'KE-3T-60': 1 }, ask: false },
  { shop: 'shelves', text: 'kệ sách mini 1 cái', items: { 'BAN-SACH-L': 1 }, ask: false },
  { shop: 'rooftopSolar', text: 'tấm 450w 10 tấm', items: { 'PIN-450W-JA': 10 }, ask: false },
];

describeCorpus('variant-lacked', EXAMPLES);
