/**
 * "10 củ tulip" beside "Củ tulip (1 củ)", sold by the củ, and "Củ tulip túi 5 củ", sold by the túi: the word right
 * after the count opens both names and is also the unit one of them is sold in, so it counts that one
 * (core/parser/place.ts). Not a container or a set word ("1 hộp bút chì", "1 bộ …"): a box or a set may hold any of
 * the kinds, and the question stays.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'flowerSeeds', text: '10 củ tulip', items: { 'CU-TULIP-1': 10 }, ask: false },
  { shop: 'flowerSeeds', text: '2 củ tulip + 2 củ ly', items: { 'CU-TULIP-1': 2, 'CU-LY-1': 2 }, ask: false },
  { shop: 'flowerSeeds', text: 'cho e 1 củ tulip, 1 củ lay ơn', items: { 'CU-TULIP-1': 1, 'CU-LAY-ON': 1 }, ask: false },
  { shop: 'stickyRiceWine', text: 'lấy 1 chum sành 2 lít', items: { 'CHUM-2L': 1 }, ask: false },
  // the pack, when its own word is said
  { shop: 'flowerSeeds', text: '2 túi tulip', items: { 'CU-TULIP-T5': 2 }, ask: false },
  { shop: 'stickyRiceWine', text: '1 chum sành rỗng 2 lít', items: { 'CHUM-RONG-2L': 1 }, ask: false },
  // negative: a set word may hold any of the kinds
  { shop: 'dolls', text: 'mua 1 bộ trang điểm', items: {}, ask: true },
];

describeCorpus('head-counts-unit', EXAMPLES);
