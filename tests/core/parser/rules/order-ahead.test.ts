/**
 * "đặt trước 15 ổ thập cẩm", "E đặt trước 100 thùng trái cây, tuần sau qua lấy": "trước" after "đặt" (or "order",
 * "book") is ordering ahead, and the number after it is the amount, not a date it comes before
 * (core/parser/quantity-at.ts). "ship trước 25 tết" still names a date.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pallets', text: 'E đặt trước 100 thùng trái cây, tuần sau qua lấy nhé a', items: { 'TG-TC-10': 100 }, ask: false },
  { shop: 'hueCakes', text: 'Chị ơi cho em đặt trước 5 mâm 4 người cho ngày 20/10', items: { 'MAM-4': 5 }, ask: false },
  { shop: 'banhMi', text: 'đặt trước 15 ổ thập cẩm cho sáng thứ 7', items: { 'BM-THAPCAM': 15 }, ask: false },
  // negative: a date after "ship trước"
  { shop: 'crabs', text: 'Đặt 1 Giỏ quà Tết Năm Căn (cua + mắm + sốt), ship trước 25 tết giúp e', items: { 'GIO-QUA-TET': 1 }, ask: false },
];

describeCorpus('order-ahead', EXAMPLES);
