/**
 * In a message typed bare, "nha", "nhe" closing a request are the particles ("nhé", "nha"), not the catalog words
 * they fold like ("nhà" of "Thùng carton … (chuyển nhà)", "nhẹ" of "Rượu dừa nhẹ"), unless such a word heads a
 * product.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'packaging', text: 'lay 50 thung 25x20x15 nha shop', items: { 'CT-25X20X15': 50 }, ask: false },
  { shop: 'coconutCandy', text: 'cho minh 3 hop keo dua la dua nhe', items: { 'KD-LD-400': 3 }, ask: false },
  // negative: with its words before it, or typed with its marks, the catalog's word is meant
  { shop: 'packaging', text: 'lay 5 thung chuyen nha', items: { 'CT-60X40X40-5L': 5 }, ask: false },
  { shop: 'coconutCandy', text: 'lấy 2 chai rượu dừa nhẹ', items: { 'RUOU-29': 2 }, ask: false },
];

describeCorpus('closing-particles', EXAMPLES);
