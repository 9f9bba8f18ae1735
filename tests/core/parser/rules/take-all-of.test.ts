/**
 * "lấy hết 3 đôi sneaker trắng 39", "vậy lấy hết 50 cái khăn": after an order verb, "hết" is "all of" (the customer
 * takes the whole stock the seller named), and the number after it is the amount ordered, not a number "hết" blocks
 * as in "hết 500k" (core/parser/quantity-at.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'mensShoes', text: 'lấy hết 3 đôi sneaker trắng 39 luôn', items: { 'SN-TRANG-39': 3 }, ask: false },
  { shop: 'pepper', text: 'lấy hết 5 hũ tiêu đen hạt 200g', items: { 'TD-HAT-200': 5 }, ask: false },
  { shop: 'powerBanks', text: 'mình lấy hết 7 cái sạc dự phòng 10000 màu hồng luôn', items: { 'SDP-10K-HONG': 7 }, ask: false },
  // negative: "hết" without an order verb before it still blocks the number (a total, not an amount); "lấy hết"
  // with no product named is still a question of what
  { shop: 'pepper', text: 'tiêu đen hạt 200g hết 5 hũ rồi hả shop', items: {}, ask: false },
  { shop: 'mensShoes', text: 'vậy lấy hết 5 đôi nhé', items: {}, ask: true },
];

describeCorpus('take-all-of', EXAMPLES);
