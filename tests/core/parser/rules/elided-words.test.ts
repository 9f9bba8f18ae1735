/**
 * Reader elided-head, words after a count (core/parser/elided-head.ts, countThenWords): "khăn mặt xanh 2 cái, thêm 1
 * cái hồng nữa" — a count and its classifier, then words that name no goods of their own, after an item, name the
 * sibling of its head noun that has those words and shares the most of the item's. Not words that say more than any
 * sibling has, nor goods of another kind counted in another classifier.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'towelsPhuongLa', text: 'khăn mặt xanh 2 cái, thêm 1 cái hồng nữa', items: { 'KM-XA': 2, 'KM-HO': 1 }, ask: false },
  { shop: 'helmetsXomChua', text: 'mũ nửa đầu đen 3 cái, à thêm 1 cái trắng nữa', items: { 'MBH-ND-DEN': 3, 'MBH-ND-TRANG': 1 }, ask: false },
  { shop: 'suits', text: '2 chiếc sơ mi trắng dài tay cổ 38 với 2 chiếc cổ 40', items: { 'SM-TRANG-D38': 2, 'SM-TRANG-D40': 2 }, ask: false },
  { shop: 'hoiAnLanterns', text: 'Mình lấy 4 cái lồng đèn tròn 40cm màu vàng, 4 cái màu đỏ', items: { 'LDT-40-VG': 4, 'LDT-40-DO': 4 }, ask: false },
  // negative: words beyond what any sibling has ask; a cup is no coffee filter
  { shop: 'silverRings', text: 'lấy 1 dây chuyền bi 45cm với 1 cái mặt hình bướm', items: { 'DC-BI-45': 1 }, ask: true },
  { shop: 'coffeeBeans', text: 'cho em 1 phin nhôm, 1 ly sứ', items: { 'PHIN-NHOM': 1 }, ask: true },
];

describeCorpus('elided words after a count', EXAMPLES);
