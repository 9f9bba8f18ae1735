/**
 * "Phong bì lót vàng (xấp 50)": a count right after the product's own unit, closing its name, is how many pieces
 * one unit holds, so "50 cái phong bì" is one xấp; a count that is no whole number of them asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'weddingCards', text: 'đặt 1 xấp mẫu A 50 và 50 cái phong bì lót vàng', items: { 'TC-A50': 1, 'PB-VANG50': 1 }, ask: false },
  { shop: 'herbs', text: 'cho e 40 tờ giấy tiền', items: { 'GIAY-TIEN': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 3 xấp giấy tiền', items: { 'GIAY-TIEN': 3 }, ask: false },
  // negative: not a whole number of packs
  { shop: 'weddingCards', text: 'lấy 30 cái phong bì đỏ', items: {}, ask: true },
];

describeCorpus('pack-after-unit', EXAMPLES);
