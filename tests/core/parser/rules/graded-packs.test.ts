/**
 * "loại" + a count of pieces names the pack a candidate holds (core/parser/attributes.ts, nameAttr): "vitamin C 1000mg
 * loại 60 viên" is the bottle of 60, "2 hop trang loai 6 hu" the box of six jars, "tôm sú loại 40 con" the size
 * counted 40 to the kilo. A pack no candidate holds is a kind the shop does not sell: ask.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'vitamins', text: 'Chào shop, cho mình 2 lọ vitamin C 1000mg loại 60 viên nhé', items: { 'VTC-1000-60': 2 }, ask: false },
  { shop: 'vitamins', text: 'canxi d3 loại 120 viên lấy 1 lọ', items: { 'CA-D3-120': 1 }, ask: false },
  { shop: 'yogurt', text: '2 hop trang loai 6 hu', items: { 'SC-TRANG-6': 2 }, ask: false },
  { shop: 'freshSeafood', text: 'tôm sú loại 40 con 3 ký', items: { 'TS-40': 3 }, ask: false },
  // negative: a pack the shop does not sell
  { shop: 'herbs', text: 'cho e 1 hộp trà gừng loại 50 gói', items: {}, ask: true },
];

describeCorpus('graded-packs', EXAMPLES);
