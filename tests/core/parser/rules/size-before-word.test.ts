/**
 * "chậu treo 25 trắng", "thắt lưng 130 nâu", "ly 400 trắng": a size the candidates carry, followed by a word that goes
 * on naming them. Aliases such as "chậu treo 20 trắng" pair a number with a colour; where only aliases do so (the
 * names count nothing in that word), the number is the size and the word narrows the siblings, instead of "25 trắng"
 * being read as an attribute no product has (core/parser/attributes.ts, nameAttr). Where the names do count in that
 * word ("Cọ 3 inch"), a number of it they lack is still a size the shop does not sell.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'flasks', text: '1 ly 600 trắng, 1 ly 400 trắng', items: { 'LY-600-TRANG': 1, 'LY-400-TRANG': 1 }, ask: false },
  { shop: 'flasks', text: 'đặt 2 ly 400 trắng 2 ly 400 xanh', items: { 'LY-400-TRANG': 2, 'LY-400-XANH': 2 }, ask: false },
  { shop: 'belts', text: 'thắt lưng 130 nâu', items: { 'TL40-130-NAU': 1 }, ask: false },
  { shop: 'belts', text: '1 thắt lưng bản 4 đen dài 120', items: { 'TL40-120-DEN': 1 }, ask: false },
  { shop: 'hairDye', text: 'cho e 3 tuyp mau 6.1', items: { 'NT-6-1': 3 }, ask: false },
  // negative: a size none of them comes in is still no product; the colour alone does not choose the size
  { shop: 'flasks', text: 'lấy 1 ly 700 trắng', items: {}, ask: true },
  { shop: 'belts', text: 'thắt lưng 150 nâu', items: {}, ask: true },
];

describeCorpus('size-before-word', EXAMPLES);
