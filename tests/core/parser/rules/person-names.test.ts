/** Person names (core/parser/scan.ts, TITLES): a capitalized word after a kin title ("Chị Lan", "em là Hoa") is who writes or receives, not a product that shares the word. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'flowers', text: 'Chị Lan lấy 2 chậu lan hồ điệp 3 cành nhé', items: { 'LAN-HD-3': 2 }, ask: false },
  { shop: 'silver', text: 'em là Hoa, lấy 1 đôi bông tai hình hoa mai', items: { 'BONG-MAI': 1 }, ask: false },
  // negative: a product written capitalized after a title-like letter ("A Di Đà") is still the product; lower-case is no name
  { shop: 'silver', text: 'chị lấy 1 đôi bông tai đá đỏ', items: { 'BONG-DO': 1 }, ask: false },
];

describeCorpus('person-names', EXAMPLES);
