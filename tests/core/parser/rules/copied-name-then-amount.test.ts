/**
 * A product's whole name copied from the catalog post (read as its code, core/parser/verbatim-names.ts) takes the
 * amount after the comma (core/parser/bind.ts): "Xe đạp trẻ em 20 inch (7-10 tuổi) màu đen, 1 chiếc", "hộp quà C: trà
 * sen + rượu vang + hạt macca + bánh cốm, 15 hộp". A code is written in capitals like a person's or a street's name,
 * and the amount had been dropped with nothing asked.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kidsBikes', text: 'Xe đạp trẻ em 20 inch (7-10 tuổi) màu đen, 1 chiếc. SĐT 0904 556 677', items: { 'XD20-DEN': 1 }, ask: false },
  { shop: 'kidsBikes', text: 'XD20-DEN, 1 chiếc', items: { 'XD20-DEN': 1 }, ask: false },
  { shop: 'giftBoxes', text: 'hộp quà C: trà sen + rượu vang + hạt macca + bánh cốm, 15 hộp', items: { 'HQ-C': 15 }, ask: false },
  { shop: 'baBa', text: 'Bộ bà ba lụa đen (áo + quần) size M, 1 bộ', items: { 'BO-LUA-DEN-M': 1 }, ask: false },
];

describeCorpus('copied-name-then-amount', EXAMPLES);
