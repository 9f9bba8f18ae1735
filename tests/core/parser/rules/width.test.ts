/**
 * "khổ" is the width of goods sold by the metre: a length after it that the names carry is that width, never the
 * amount ("Lưới rào B40 khổ 1m8 lấy 25 mét", "luoi kho 1m2 cat 250cm"), and a number before it is no count of widths
 * ("lưới 90 khổ 2m" is the 90% net), in the catalog's aliases as in the message (core/parser/phrase-numbers.ts,
 * attributes.ts, catalog-index.ts). A width no product comes in still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'shadeNets', text: 'Lưới rào B40 khổ 1m8 lấy 25 mét', items: { 'B40-1M8': 25 }, ask: false },
  { shop: 'shadeNets', text: 'luoi 90 kho 2m 8 met', items: { 'LCN-90-2': 8 }, ask: false },
  { shop: 'shadeNets', text: 'luoi chong con trung 32 mesh kho 3m, lay 3 met 6', items: { 'LCT-32-3': 3.6 }, ask: false },
  { shop: 'mosquito', text: 'lưới khổ 1m2 lấy 2m, khổ 1m5 lấy 1m8', items: { 'LUOI-12': 2, 'LUOI-15': 1.8 }, ask: false },
  { shop: 'mosquito', text: 'luoi kho 1m2 cat 250cm', items: { 'LUOI-12': 2.5 }, ask: false },
  { shop: 'oilPaintings', text: 'canvas khổ 1m6 lấy 7 mét, khổ 2m1 không lấy', items: { 'CANVAS-1M6': 7 }, ask: false },
  // negative: a width none comes in
  { shop: 'shadeNets', text: 'lưới 70% khổ 5m lấy 10 mét', items: {}, ask: true },
];

describeCorpus('a width after "khổ"', EXAMPLES);
