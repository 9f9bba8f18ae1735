/**
 * Typed bare, a head noun that opens the message ("o" for "ổ") goes on a product phrase when a count of a word its
 * names carry follows, though that word is a unit elsewhere ("o 6 lo": "Ổ cắm 6 lỗ", not six jars "lọ")
 * (core/parser/attributes.ts, continues). A question about it still orders nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lampShop', text: 'o 3 lo x2, dui xoay x10', items: { 'OC-3L': 2, 'DUI-E27': 10 }, ask: false },
  { shop: 'lampShop', text: '1 o 3 lo, a khong, doi sang o 6 lo', items: { 'OC-6L': 1 }, ask: false },
  { shop: 'wiring', text: 'o 3 lo 3 met mot cai, o 6 lo 5 met mot cai', items: { 'O3-3M': 1, 'O6-5M': 1 }, ask: false },
  // negative: a question
  { shop: 'lampShop', text: 'o 6 lo gia bao nhieu', items: {}, ask: false },
];

describeCorpus('a count of a name word that is a unit elsewhere', EXAMPLES);
