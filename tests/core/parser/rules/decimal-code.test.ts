/**
 * A decimal glued to letters that are no unit ("7.8oz", "1.8EC") is a word of the name, like "24h" or "3in1"
 * (core/parser/catalog-index.ts MODEL_CODE).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pickleball', text: 'Chào shop, cho mình 1 vợt Joola Perseus 16mm 7.8oz nhé', items: { 'VOT-JOOLA-78': 1 }, ask: false },
  { shop: 'pickleball', text: 'order 1 selkirk 8.2oz pls', items: { 'VOT-SELKIRK-82': 1 }, ask: false },
  { shop: 'plantProtection', text: 'nhện sạch 1.8ec chai 240ml 2 chai', items: { 'NS18EC-240': 2 }, ask: false },
  // negative: a weight the shop does not sell is still asked about
  { shop: 'pickleball', text: 'cho mình 1 vợt joola 9.0oz', items: {}, ask: true },
];

describeCorpus('decimal-code', EXAMPLES);
