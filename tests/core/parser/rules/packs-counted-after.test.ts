/**
 * A count of pieces after a product phrase is how many pieces the pack holds when the packs are counted after it:
 * "trứng vịt 30 quả lấy 2 khay" is two trays of 30, not thirty of the eggs sold singly; "trà atiso túi lọc 20 túi 1
 * thùng" is one carton (core/parser/attributes.ts, nameAttr). Alone, a count of the unit a candidate is sold by is
 * still how many ("trứng vịt 30 quả" where duck eggs are also sold by the egg).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'eggs', text: 'trứng vịt 30 quả lấy 2 khay', items: { 'VIT-30': 2 }, ask: false },
  { shop: 'artichokeTea', text: 'trà atiso túi lọc 20 túi 1 thùng', items: { 'THUNG-TT-H20': 1 }, ask: false },
  { shop: 'botLoc', text: 'bột lọc lá 10 cái 1 khay nha', items: { 'BBL-TOM-K10': 1 }, ask: false },
  // negative: the count is of packs, and what follows says what one holds
  { shop: 'koreanSnacks', text: 'mì shin 1 lốc 5 gói nha', items: { 'MI-SHIN-5': 1 }, ask: false },
  // negative: no packs counted after it
  { shop: 'eggs', text: 'trứng vịt lộn 5 quả', items: { 'VITLON-1': 5 }, ask: false },
];

describeCorpus('packs-counted-after', EXAMPLES);
