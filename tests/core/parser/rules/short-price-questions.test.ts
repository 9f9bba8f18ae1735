/**
 * "nhiêu" alone, written with its marks, is "bao nhiêu" (how much) shortened, as southern chat writes it: "trà atiso
 * 100 túi giá nhiêu" asks a price and orders nothing (core/parser/lexicon.ts). Typed bare, "nhieu" may be "nhiều"
 * (many), so only the marked spelling asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'artichokeTea', text: 'trà atiso 100 túi giá nhiêu', items: {}, ask: false },
  { shop: 'crabs', text: 'Giá cua thịt loại 2 hôm nay nhiêu 1kg vậy a', items: {}, ask: false },
  // negative: "nhiều" (many) is no question
  { shop: 'yogurt', text: 'lấy 2 hộp sữa chua trắng 6 hũ, cảm ơn nhiều', items: { 'SC-TRANG-6': 2 }, ask: false },
];

describeCorpus('short-price-questions', EXAMPLES);
