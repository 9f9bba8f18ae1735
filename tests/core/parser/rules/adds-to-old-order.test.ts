/**
 * "thêm" with an earlier order named ("… vào đơn cũ", "… cho đơn hôm qua", "đơn cũ thêm …") adds goods to it: an order
 * now, not a report of the past (core/parser/clauses.ts). A complaint about the earlier order stays one.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'koreanSnacks', text: 'cho e thêm 1 gói chả cá 10 lá vào đơn cũ', items: { 'CHA-CA-10': 1 }, ask: false },
  { shop: 'softDrinks', text: 'đơn cũ thêm 1 thùng c2 đào', items: { 'C2-DAO-455-T24': 1 }, ask: false },
  { shop: 'beekeeping', text: 'Lấy thêm 1 thùng kế 10 cầu (tầng chứa mật) cho đơn hôm qua', items: { 'THUNG-KE-10C': 1 }, ask: false },
  // negative: the earlier order reported, with no "thêm", or complained about
  { shop: 'koreanSnacks', text: 'đơn cũ e lấy 2 gói chả cá 10 lá rồi nhé', items: {}, ask: false },
  { shop: 'softDrinks', text: 'đơn cũ thiếu 1 thùng c2 đào, shop gửi thêm nha', items: {}, ask: false },
];

describeCorpus('adds-to-old-order', EXAMPLES);
