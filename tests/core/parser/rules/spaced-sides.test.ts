/**
 * A size written as two bare numbers side by side, without the "x" (core/parser/attributes.ts): "khung sồi 20 25",
 * "tranh sen 30 40". They are the two sides only when a candidate's name carries that size; otherwise they stay
 * numbers.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'frames', text: 'lấy 1 cái khung 20 25 sồi', items: { 'KA-SOI-2025': 1 }, ask: false },
  { shop: 'frames', text: 'khung ảnh gỗ sồi 13 18 một cái', items: { 'KA-SOI-1318': 1 }, ask: false },
  { shop: 'frames', text: 'lay 1 khung soi 30 40 voi 1 khung thong 30 40', items: { 'KA-SOI-3040': 1, 'KA-THONG-3040': 1 }, ask: false },
  { shop: 'lacquerPaintings', text: 'lấy 2 bức tranh sen 30 40', items: { 'TRANH-SEN-3040': 2 }, ask: false },
  { shop: 'lacquerPaintings', text: 'tranh làng quê 40 60 1 bức', items: { 'TRANH-LANG-4060': 1 }, ask: false },
  // negative: sides no painting of the kind comes in are no size of it
  { shop: 'lacquerPaintings', text: 'lấy 2 bức tranh sen 50 70', items: {}, ask: true },
];

describeCorpus('spaced-sides', EXAMPLES);
