/**
 * "2 sp XG-SUAT": "sp" (sản phẩm, an item) is a classifier like "cái" before any product, so the number before it
 * is the quantity of the product named after it, by name or by code.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'herbs', text: 'lấy 3 sp TRA-GUNG nhé', items: { 'TRA-GUNG': 3 }, ask: false },
  { shop: 'silver', text: 'cho e 2 sp BONG-DO voi 1 sp DINH-30', items: { 'BONG-DO': 2, 'DINH-30': 1 }, ask: false },
  { shop: 'herbs', text: 'e đặt 2 sp trà gừng', items: { 'TRA-GUNG': 2 }, ask: false },
  // negative: a question about an item orders nothing
  { shop: 'herbs', text: 'sp TRA-GUNG còn hàng không shop', items: {}, ask: false },
];

describeCorpus('item-classifier', EXAMPLES);
