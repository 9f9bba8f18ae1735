/**
 * "sneaker trang co 43 lay 1", "dep le da bo co 43, lay 2 doi": typed bare, "co" before a size the products come in is
 * "cỡ" (size), not "có"; not where "co" is a word of the names themselves ("trắm cỏ", "sơ mi cổ …")
 * (core/parser/noun-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'mensShoes', text: 'sneaker trang co 43 lay 1', items: { 'SN-TRANG-43': 1 }, ask: false },
  { shop: 'mensShoes', text: 'dep le da bo co 43, lay 2 doi', items: { 'DL-4243': 2 }, ask: false },
  { shop: 'bonsai', text: 'combo day nhom 3 co 1 bo nhe', items: { 'DN-3CO': 1 }, ask: false },
  // negative: "cỏ" of the names stays a name word
  { shop: 'fishFry', text: 'Anh gui em 2 can tram co 20 con/kg voi 1 can tram co 10 con/kg', items: { 'TC-20': 2, 'TC-10': 1 }, ask: false },
];

describeCorpus('bare-co-size', EXAMPLES);
