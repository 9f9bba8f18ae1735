/**
 * A price the customer quotes right after the goods names the one sibling that costs that much: "sinh tố bơ 45k lấy
 * 2 cốc" is the large cup, "cơm hến 25k x2" the big bowl, "1tr950" the 1m8 mattress 9 cm thick
 * (core/parser/price-said.ts). A price no sibling has, or a budget ("tầm 100k"), still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'juices', text: 'sinh tố bơ 45k lấy 2 cốc', items: { 'ST-BO-L': 2 }, ask: false },
  { shop: 'hotpotKitchen', text: 'lẩu riêu 4 người 399k phải ko shop? chốt 1', items: { 'LRC-4N': 1 }, ask: false },
  { shop: 'comHen', text: 'cơm hến 25k x2', items: { 'CH-LON': 2 }, ask: false },
  { shop: 'comHen', text: '1 tô cơm hến 15k', items: { 'CH-NHO': 1 }, ask: false },
  { shop: 'kapokMattresses', text: 'Nệm gấm 1m8 9 phân 1tr950 phải k ạ? E chốt 1 tấm', items: { 'NEM-G-1M8-9': 1 }, ask: false },
  // negative: a price no sibling has, a budget
  { shop: 'juices', text: 'sinh tố bơ 40k lấy 2 cốc', items: {}, ask: true },
  { shop: 'bettas', text: 'e lấy cá bảy màu đẹp đẹp tầm 100k nha', items: {}, ask: true },
];

describeCorpus('a price said names the sibling', EXAMPLES);
