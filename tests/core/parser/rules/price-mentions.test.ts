/**
 * Prices in a message are not quantities: "65k/hộp" is a price per box, and a question about a price or a total
 * ("tổng … đúng ko shop", "… phải không") questions the price, not the order it follows.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'herbs', text: 'trà gừng 65k/hộp đúng k shop, lấy e 4 hộp', items: { 'TRA-GUNG': 4 }, ask: false },
  { shop: 'silk', text: 'khăn đỏ 250k/chiếc phải không shop, lấy 2 chiếc', items: { 'KL-DO': 2 }, ask: false },
  { shop: 'herbs', text: '1 lọ tinh dầu quế 30ml 85k, 1 lọ tinh dầu tràm 30ml 70k, tổng 155k đúng ko shop', items: { 'QUE-30': 1, 'TRAM-30': 1 }, ask: false },
  // a price written with its money word ("150 nghìn 1 hộp") is a price per unit too
  { shop: 'herbs', text: 'trà gừng 150 nghìn 1 hộp, lấy 2', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'silk', text: 'khăn đỏ 250 nghìn 1 chiếc hả shop, lấy 3 chiếc', items: { 'KL-DO': 3 }, ask: false },
  // negative: a question alone orders nothing
  { shop: 'silk', text: 'khăn đỏ 250k/chiếc phải không shop?', items: {}, ask: false },
  { shop: 'herbs', text: 'trà gừng còn không shop?', items: {}, ask: false },
];

describeCorpus('price-mentions', EXAMPLES);
