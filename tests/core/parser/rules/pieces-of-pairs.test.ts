/**
 * "4 cái cóng sứ" of cups sold by the pair: single pieces counted with "cái"/"chiếc" are two to a pair; an odd count
 * of them is no whole number of pairs and asks. Counted in pairs, the amount stands.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'birdCages', text: '4 cái cóng sứ men lam', items: { 'CONG-SU': 2 }, ask: false },
  { shop: 'silver', text: 'lấy 2 chiếc bông tai bạc đá đỏ', items: { 'BONG-DO': 1 }, ask: false },
  { shop: 'birdCages', text: 'lấy 2 cặp cóng sứ men lam', items: { 'CONG-SU': 2 }, ask: false },
  // negative: three single cups make no whole number of pairs
  { shop: 'birdCages', text: '3 cái cóng sứ men lam', items: {}, ask: true },
];

describeCorpus('pieces-of-pairs', EXAMPLES);
