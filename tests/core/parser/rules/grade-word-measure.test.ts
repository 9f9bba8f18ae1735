/**
 * After a grade word, a number with a measure's unit is the size of the goods, not a grade: "hộp quà loại 2 ký",
 * "thùng vải loại 10 cân" (core/parser/attributes.ts, nameAttr, where some of the goods named hold that size, none is
 * graded so and none is sold by that measure); opening its own item after another, "…, loại 1 lít lấy một chai", the
 * sibling of the item before of that size (elided-head.ts, kindValue). Not "mỗi loại 5 lạng", the amount of each,
 * nor a clause that rules the size out ("đừng gửi loại 3m").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'fruitHoaLoc', text: 'xoài hộp quà loại 3 ký lấy 2 hộp', items: { 'XOAI-HOP3': 2 }, ask: false },
  { shop: 'lycheesPhuongSon2', text: 'lấy 3 thùng vải loại 5 cân nhé', items: { 'VT-THUNG-5KG': 3 }, ask: false },
  { shop: 'lycheesPhuongSon2', text: 'thùng vải tươi loại 10 cân 1 thùng', items: { 'VT-THUNG-10KG': 1 }, ask: false },
  { shop: 'riceCrackersThoHa', text: '2 chai mắm 40 độ 500ml, loại 1 lít thì 1 chai', items: { 'NM-40-500': 2, 'NM-40-1L': 1 }, ask: false },
  { shop: 'riceCrackersThoHa', text: 'bánh đa cua loại 1 cân lấy 2 gói, loại 5 lạng lấy 3 gói', items: { 'BD-CUA-1KG': 2, 'BD-CUA-500': 3 }, ask: false },
  // (read so before too)
  { shop: 'fertiliserViKhe3', text: 'phân bón lá chai 1 lít lấy 1 chai, loại 500ml lấy hai chai', items: { 'PBL-1L': 1, 'PBL-500ML': 2 }, ask: false },
  // negative: "mỗi loại" and its amount
  { shop: 'chestnutsTrungKhanh', text: 'hạt dẻ loại 1 và loại 2 mỗi loại 5 lạng', items: { 'HD-L1': 0.5, 'HD-L2': 0.5 }, ask: false },
  // negative: graded goods sold loose: "loại 1" is the grade
  { shop: 'fruitHoaLoc', text: 'xoài cát loại 1 ký rưỡi', items: { 'XOAI-L1': 1.5 }, ask: false },
  // negative: goods sold by that measure: the number after "loại" is a grade
  { shop: 'chestnutsTrungKhanh', text: 'hạt dẻ loại 1 ký rưỡi', items: { 'HD-L1': 1.5 }, ask: false },
];

describeCorpus('a measure after a grade word', EXAMPLES);
