/**
 * Lists of sizes: "1 áo dài size M, 1 L" — a count and an upper-case letter size with no noun go on the product named
 * before; a lower-case "m" after a number stays a metre.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a size said apart keeps every word of the phrase before it ("bà ba đen … size M"), not only its head noun
  { shop: 'fabrics', text: 'con e 45kg mặc bà ba đen size M vừa ko, thôi cứ lấy 1 cái size M', items: { 'BB-DEN-M': 1 }, ask: false },
  { shop: 'silver', text: 'vòng tay bạc trơn size S 1 chiếc, size M 2 chiếc', items: { 'VT-S': 1, 'VT-M': 2 }, ask: false },
  // a count, then "size" and the letter ("…, 1 size L")
  { shop: 'fabrics', text: 'mua 2 bà ba đũi nâu size M, 1 size L', items: { 'BB-NAU-M': 2, 'BB-NAU-L': 1 }, ask: false },
  { shop: 'embroidery', text: 'áo khoác size M 2 cái, à thôi 1 cái thôi, thêm 1 size S', items: { 'AK-TC-M': 1, 'AK-TC-S': 1 }, ask: false },
  // a size said before its product ("Size 37 guốc mộc …")
  { shop: 'clogs', text: 'Size 37 guốc mộc cho e 1 đôi, size 38 cho e 2 đôi', items: { 'GM-37': 1, 'GM-38': 2 }, ask: false },
  { shop: 'rugs', text: 'size 38 dép cói lấy 2 đôi', items: { 'DEP-COI-38': 2 }, ask: false },
  // negative: a size the product does not come in asks
  { shop: 'rugs', text: 'size 45 dép cói lấy 1 đôi', items: {}, ask: true },
  { shop: 'silk', text: 'lấy 1 áo dài size M, 1 L nhé', items: { 'AD-M': 1, 'AD-L': 1 }, ask: false },
  { shop: 'silver', text: 'lấy 1 vòng tay trơn size S, 2 M', items: { 'VT-S': 1, 'VT-M': 2 }, ask: false },
  // negative: a metre of silk
  { shop: 'silk', text: 'lay 2 met lua, 1 m vai lua', items: { 'LT-M': 3 }, ask: false },
];

describeCorpus('size-lists', EXAMPLES);
