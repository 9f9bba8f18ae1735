/**
 * A gift set or combo chosen only by the words of the products it holds, with none of its own ("quà", "combo",
 * "set", a number of its name), is a guess: ask, offering the single products and the set.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // "Hộp quà đôi cu đơ + mè xửng": boxes of the candy itself come in four kinds
  { shop: 'candy', text: 'cho mình 2 hộp cu đơ nhé', items: {}, ask: true },
  // "Bộ quạt quà tặng hộp gỗ (5 chiếc quạt giấy in hoa 40cm)"
  { shop: 'fans', text: 'lấy 1 hộp quạt 40', items: {}, ask: true },
  // negative: the set named by its own word
  { shop: 'candy', text: 'cho mình 2 hộp quà đôi nhé', items: { 'HQ-DOI': 2 }, ask: false },
  // negative: a number of the set's own name ("Hộp quà nấm 9 loại")
  { shop: 'mushrooms', text: '2 hộp nấm 9 loại nhé', items: { 'HQ-9-LOAI': 2 }, ask: false },
  // negative: a single product sold in a gift box ("Trà đinh Tân Cương hộp quà 200g") is no set
  { shop: 'tea', text: 'cho mk 1 hộp trà đinh', items: { 'DINH-HOP-200': 1 }, ask: false },
];

describeCorpus('gift-sets', EXAMPLES);
