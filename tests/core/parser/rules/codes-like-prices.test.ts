/**
 * A code the catalog's names carry that looks like a price ("vàng 18K", "trở 10k", "thẻ Viettel 100k") is a word of
 * the product, not a price per unit: the count after it is the amount ordered (core/parser/quantity-at.ts). A price
 * the catalog does not carry still is one ("450k 1 hộp").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'goldJewellery', text: 'lắc tay nữ 18k 2 chiếc nha', items: { 'LAC-TAY-18K-NU': 2 }, ask: false },
  { shop: 'goldJewellery', text: 'mặt dây chữ Phúc vàng 18K 2 cái', items: { 'MAT-DAY-CHU-PHUC': 2 }, ask: false },
  { shop: 'electronics', text: 'tro 10k 3 tui, tro 1k 2 tui', items: { 'R-10K': 3, 'R-1K': 2 }, ask: false },
  { shop: 'topUpCards', text: 'vt 20k 5 the + vt 10k 5 the', items: { 'CARD-VT-20K': 5, 'CARD-VT-10K': 5 }, ask: false },
  // negative: a price the catalog does not carry is a price per unit, no amount
  { shop: 'goldJewellery', text: 'lắc tay trẻ em 3tr5 1 chiếc hả shop', items: {}, ask: false },
  { shop: 'topUpCards', text: 'mua sỉ 50 thẻ vt 100k thì được giảm không', items: {}, ask: false },
];

describeCorpus('codes-like-prices', EXAMPLES);
