/** 'làm quà …', 'gói quà' say what the order is for; they place no gift box. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'silver', text: 'đặt ba bộ chén rượu bạc làm quà biếu', items: { 'CHEN-6': 3 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 hộp trà gừng làm quà tết', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'silk', text: 'lấy 1 khăn xanh nhé, gói quà giúp e', items: { 'KL-XANH': 1 }, ask: false },
  // negative: the gift box asked for by its own name
  { shop: 'herbs', text: 'lấy 2 hộp quà an khang', items: { 'HQ-AN-KHANG': 2 }, ask: false },
  // "trang trí" (to decorate) says what the goods are for
  { shop: 'lanterns', text: 'anh lấy 20 đèn tròn đỏ 30cm trang trí quán', items: { 'DL-TRON-DO-30': 20 }, ask: false },
  { shop: 'rattan', text: 'cho e 5 bình hoa mây trang trí quán cafe', items: { 'BINH-HOA-MAY': 5 }, ask: false },
];

describeCorpus('purpose', EXAMPLES);
