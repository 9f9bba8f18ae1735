/**
 * In a message typed with diacritics, a word typed bare is meant as written: "cho con 2 tô" is "give me (con) 2
 * bowls", not "còn 2" (there are 2 left), and "cho chi 3 hộp" is "chị", not "chỉ" (only). Typed bare throughout, the
 * message may mean either, and "con 2 cai ko" stays a question about stock.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'silk', text: 'Cô ơi cho con 2 khăn xanh ạ', items: { 'KL-XANH': 2 }, ask: false },
  { shop: 'silk', text: 'cho chi 3 khăn đỏ nhé', items: { 'KL-DO': 3 }, ask: false },
  { shop: 'bunCha', text: 'Dạ cho con 2 suất bún chả thường, con cảm ơn', items: { 'BC-THUONG': 2 }, ask: false },
  // negatives: "còn" written as such, and a message typed bare throughout
  { shop: 'silk', text: 'khăn xanh còn 2 cái không ạ', items: {}, ask: false },
  { shop: 'silk', text: 'khan xanh con 2 cai ko shop', items: {}, ask: false },
];

describeCorpus('bare-pronouns', EXAMPLES);
