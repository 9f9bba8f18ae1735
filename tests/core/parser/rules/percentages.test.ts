/**
 * A percentage in a name ("Socola đen 70% thanh 50g", "Bánh phồng tôm đặc biệt 40% tôm") tells siblings apart, like a
 * size: the tokenizer keeps the sign as a word after its number (core/parser/normalize.ts), the index records it
 * (core/parser/catalog-index.ts: before, "70% thanh" read as a pack of seventy bars), and a message says it with or
 * without the sign (core/parser/attributes.ts). In a list, "5 thanh 85 50g" after "5 thanh socola đen 70 50g" is the
 * 85% sibling (core/parser/elided-head.ts), not 85 more bars.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'chocolate', text: '1 thanh socola đen 85% 50g', items: { 'SCL-D85-50': 1 }, ask: false },
  { shop: 'chocolate', text: 'socola den 70 100g 1 thanh, socola den 70 50g 2 thanh', items: { 'SCL-D70-100': 1, 'SCL-D70-50': 2 }, ask: false },
  { shop: 'chocolate', text: 'lấy 8 thanh 70% 100g gửi văn phòng', items: { 'SCL-D70-100': 8 }, ask: false },
  { shop: 'chocolate', text: 'ok lấy 5 thanh socola đen 70 50g + 5 thanh 85 50g', items: { 'SCL-D70-50': 5, 'SCL-D85-50': 5 }, ask: false },
  { shop: 'shrimpCrackers', text: 'lấy 3 gói phồng tôm đặc biệt 30%', items: { 'BPT-DB30': 3 }, ask: false },
  { shop: 'shrimpCrackers', text: 'lấy 3 gói phồng tôm đặc biệt 40% tôm', items: { 'BPT-DB40': 3 }, ask: false },
  // negative: a percentage no sibling has, or none at all, asks
  { shop: 'chocolate', text: '2 thanh socola đen 60% 100g', items: {}, ask: true },
  { shop: 'shrimpCrackers', text: 'lấy 3 gói phồng tôm đặc biệt', items: {}, ask: true },
];

describeCorpus('percentages', EXAMPLES);
