/**
 * A product's whole name copied from the catalog post with its colons, pluses, commas and parentheses ("Combo máy
 * xông mini + 3 chai 10ml (sả chanh, bạc hà, khuynh diệp) x4") is that product, not the lines of what it holds; with
 * or without diacritics. A name only partly copied is read word by word as before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cajeput', text: 'Shop ơi, gửi mình Combo máy xông mini + 3 chai 10ml (sả chanh, bạc hà, khuynh diệp): 10 nhé', items: { 'CB-XONG': 10 }, ask: false },
  { shop: 'cajeput', text: 'cho minh combo may xong mini + 3 chai 10ml (sa chanh, bac ha, khuynh diep) x4', items: { 'CB-XONG': 4 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 Hộp quà An Khang (trà gừng mật ong, tinh dầu quế 10ml, hạt sen 500g) nhé', items: { 'HQ-AN-KHANG': 2 }, ask: false },
  // negative: the products a set holds, named on their own, are ordered on their own
  { shop: 'herbs', text: 'lấy 1 hộp trà gừng mật ong, 1 lọ tinh dầu quế 10ml', items: { 'TRA-GUNG': 1, 'QUE-10': 1 }, ask: false },
];

describeCorpus('verbatim-names', EXAMPLES);
