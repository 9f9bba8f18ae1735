/**
 * "hop com 3 ngan 2 cai", "tui dung dung cu 6 ngan 1 cai": typed bare, "ngan" is also "ngàn" (a thousand đồng), but
 * where the number and word close the product phrase ("Hộp cơm 3 ngăn") they are the product's; the amount after them
 * is no price per piece (core/parser/quantity-at.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bonsai', text: 'tui dung dung cu 6 ngan 1 cai', items: { 'TUI-6NGAN': 1 }, ask: false },
  { shop: 'omai', text: 'hop tet 4 ngan 3 hop', items: { 'HOP-TET-4': 3 }, ask: false },
  { shop: 'palmSugar', text: 'sot co nap 2, khay 5 ngan 2', items: { 'SOT-NAP': 2, 'KHAY-5': 2 }, ask: false },
  // negative: a price in thousands before a count is still a price
  { shop: 'bonsai', text: 'tui dung dung cu gia 120 ngan 1 cai dung k', items: {}, ask: false },
];

describeCorpus('count-in-name-not-money', EXAMPLES);
