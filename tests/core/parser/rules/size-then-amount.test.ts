/**
 * Goods sold by the metre (or the kilo) whose names carry a size in the same kind of unit (core/parser/noun-phrase.ts):
 * "dây PE 8mm 35 mét", "lưới 2 phân 10m", "lụa trắng khổ 90cm 3m". A size of the names followed by an amount in the
 * same kind of unit is the size, and the amount is how much; alone, the size still leaves the amount open.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'ropes', text: 'day pe 8mm 35 met, sdt 0359001847', items: { 'DAY-PE-8': 35 }, ask: false },
  { shop: 'ropes', text: 'Dây thừng xơ dừa 8mm 100m', items: { 'DAY-DUA-8': 100 }, ask: false },
  { shop: 'ropes', text: 'lưới 2 phân 10m, lưới 3 phân 10m, lưới 5 phân 10m', items: { 'LUOI-2P': 10, 'LUOI-3P': 10, 'LUOI-5P': 10 }, ask: false },
  { shop: 'aoDai', text: 'lụa trắng khổ 90cm 3m', items: { 'VL-90-TRANG': 3 }, ask: false },
  { shop: 'aoDai', text: 'lấy vải lụa trắng 90cm 2 mét', items: { 'VL-90-TRANG': 2 }, ask: false },
  // negative: a size alone does not say how much
  { shop: 'ropes', text: 'lấy dây PE 8mm', items: {}, ask: true },
];

describeCorpus('size-then-amount', EXAMPLES);
