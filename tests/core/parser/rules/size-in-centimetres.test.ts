/**
 * "size 40", "cỡ 50" of goods whose names give their size in centimetres ("Nón lá trơn 40cm", "Mâm bồng … 40cm"):
 * where none of the goods named comes in that size by number, the number is their size in centimetres
 * (core/parser/noun-phrase.ts; opening an item after another, elided-sizes.ts). A size none comes in still asks;
 * goods sized by number ("size 41" shoes), or sold in pairs, read as before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'hatsPhuCam', text: 'lấy 3 nón trơn size 45', items: { 'NT-45': 3 }, ask: false },
  { shop: 'gildingKieuKy', text: 'mâm bồng size 40 lấy 2 cái', items: { 'MB-40': 2 }, ask: false },
  // ("cỡ" with the number after it was read so before too, as a length)
  { shop: 'hatsPhuCam', text: 'nón trơn cỡ 50 2 cái', items: { 'NT-50': 2 }, ask: false },
  { shop: 'lanternsHoiAn4', text: 'đèn tròn đỏ cỡ 40 lấy 3 cái', items: { 'DL-T40-DO': 3 }, ask: false },
  { shop: 'lanternsHoiAn4', text: 'den tron do size 30 3 cai', items: { 'DL-T30-DO': 3 }, ask: false },
  // a size word opening an item after another (elided-sizes.ts)
  { shop: 'gildingKieuKy', text: 'lấy 2 mâm bồng 30cm và 1 cái cỡ 40', items: { 'MB-30': 2, 'MB-40': 1 }, ask: false },
  { shop: 'hatsPhuCam', text: 'nón trơn size 40 2 cái, size 45 1 cái', items: { 'NT-40': 2, 'NT-45': 1 }, ask: false },
  // negative: a size none comes in
  { shop: 'hatsPhuCam', text: 'nón trơn size 55 lấy 2 cái', items: {}, ask: true },
  // negative: goods sized by number
  { shop: 'shoesTanLap', text: 'giày lười size 41 1 đôi', items: { 'GLN-41': 1 }, ask: false },
];

describeCorpus('a size in centimetres', EXAMPLES);
