/**
 * "sneaker trang co 43 lay 1", "dep le da bo co 43, lay 2 doi": typed bare, "co" before a size the products come in is
 * "cỡ" (size), not "có"; not where "co" is a word of the names themselves ("trắm cỏ", "sơ mi cổ …")
 * (core/parser/noun-phrase.ts). Written with its mark, "cỡ" before such a size is read the same way ("dép tổ ong trắng
 * cỡ 42 ba đôi" beside a pack of ten of the same sandals), again not where the names carry the word ("chảo gang cỡ 30").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'mensShoes', text: 'sneaker trang co 43 lay 1', items: { 'SN-TRANG-43': 1 }, ask: false },
  { shop: 'mensShoes', text: 'dep le da bo co 43, lay 2 doi', items: { 'DL-4243': 2 }, ask: false },
  { shop: 'bonsai', text: 'combo day nhom 3 co 1 bo nhe', items: { 'DN-3CO': 1 }, ask: false },
  // negative: "cỏ" of the names stays a name word
  { shop: 'fishFry', text: 'Anh gui em 2 can tram co 20 con/kg voi 1 can tram co 10 con/kg', items: { 'TC-20': 2, 'TC-10': 1 }, ask: false },
  { shop: 'plasticSandals', text: 'dép tổ ong trắng cỡ 42 ba đôi', items: { 'TO-TR-42': 3 }, ask: false },
  { shop: 'mensShoes', text: 'sneaker trắng cỡ 43 ba đôi', items: { 'SN-TRANG-43': 3 }, ask: false },
  // negative: "cỡ" a word of the names themselves
  { shop: 'castIronPans', text: 'Chảo gang không nắp cỡ 30 một cái', items: { 'CG-30': 1 }, ask: false },
  { shop: 'castIronPans', text: 'chảo gang có nắp cỡ 26 và cỡ 30, mỗi cỡ 1 cái', items: { 'CG-26N': 1, 'CG-30N': 1 }, ask: false },
];

describeCorpus('bare-co-size', EXAMPLES);
