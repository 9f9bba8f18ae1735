/**
 * Rule: "bớt còn 8", "giảm còn 6", "bớt lại còn 1 ký rưỡi": the amount left after cutting down is the line's new
 * amount; "bớt lại 3 túi thôi" cuts back to 3 (restate.ts, quantity-at.ts). "bớt 1 cái", "bỏ bớt 1 ký" take that much
 * off ("bỏ bớt" takes nothing back, clauses.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: "còn" after "bớt", "giảm" is what remains, no question about stock
  { shop: 'laiThieuPottery', text: 'khạp rồng 3 cái, à mà thôi bớt còn 2 cái thôi', items: { 'KHAP-RONG-50': 2 }, ask: false },
  { shop: 'thanhChuongTea', text: 'chè hộp giấy 200g lấy một chục hộp, à bớt còn 8 hộp thôi', items: { 'CHE-HOP-200': 8 }, ask: false },
  { shop: 'seafoodCanhDuong2', text: '2 ký mực 1 nắng nhưng bớt lại còn 1 ký rưỡi thôi', items: { MMN: 1.5 }, ask: false },
  // positive: "bớt lại" + an amount cuts back to it
  { shop: 'molassesMoDuc', text: 'phèn vàng 5 túi, thôi bớt lại 3 túi thôi', items: { 'PHEN-VANG-500': 3 }, ask: false },
  // negative: "bớt" alone, or "bỏ bớt", takes the amount off
  { shop: 'laiThieuPottery', text: 'khạp rồng 3 cái, à bớt 1 cái', items: { 'KHAP-RONG-50': 2 }, ask: false },
  { shop: 'sausageCanGiuoc', text: 'lạp xưởng gan heo 2 ký, bỏ bớt 1 ký nha', items: { 'LX-GAN': 1 }, ask: false },
  // negative: "còn … không" asks for stock
  { shop: 'laiThieuPottery', text: 'khạp rồng còn 2 cái không shop', items: {}, ask: false },
];

describeCorpus('cut-to', EXAMPLES);
