/**
 * A word written with diacritics other than the catalog's ("sáo", a flute, for "sao", a star) may be another word
 * altogether: alone it names no product, and the reading asks; beside words that do name one ("đèn lồng tròn đõ
 * 30cm"), it is a slip and the product is placed.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'drums', text: 'lấy 2 cây sáo trúc nhé', items: {}, ask: true },
  { shop: 'lanterns', text: 'lấy 2 đèn tròn đõ 30cm', items: { 'DL-TRON-DO-30': 2 }, ask: false },
  { shop: 'drums', text: 'lấy 20 cái đèn ông sao nhé', items: { 'DEN-ONG-SAO': 20 }, ask: false },
];

describeCorpus('retoned-words', EXAMPLES);
