/** Rule: "bớt còn 8", "giảm còn 6": the amount left after cutting down is the line's new amount (restate.ts, quantity-at.ts). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: "còn" after "bớt", "giảm" is what remains, no question about stock
  { shop: 'laiThieuPottery', text: 'khạp rồng 3 cái, à mà thôi bớt còn 2 cái thôi', items: { 'KHAP-RONG-50': 2 }, ask: false },
  { shop: 'thanhChuongTea', text: 'chè hộp giấy 200g lấy một chục hộp, à bớt còn 8 hộp thôi', items: { 'CHE-HOP-200': 8 }, ask: false },
  // negative: "bớt" alone takes the amount off
  { shop: 'laiThieuPottery', text: 'khạp rồng 3 cái, à bớt 1 cái', items: { 'KHAP-RONG-50': 2 }, ask: false },
  // negative: "còn … không" asks for stock
  { shop: 'laiThieuPottery', text: 'khạp rồng còn 2 cái không shop', items: {}, ask: false },
];

describeCorpus('cut-to', EXAMPLES);
