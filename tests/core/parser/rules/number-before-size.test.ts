/**
 * In a name, a number before "size" or "cỡ" and its size ("Nồi inox 304 size 16cm", "Bộ kim móc 9 cỡ 2-6mm") names the
 * product as written, as a number closing a name does (core/parser/catalog-index.ts): "nồi inox 304 size 16cm" is
 * that pot, not a question among all the 304 pots and the milk pan "Quánh inox 304 14cm". "Bộ đĩa 3 cỡ" (three sizes,
 * no size after it) keeps its reading.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'stainlessWare', text: 'Chào shop, cho em 1 nồi inox 304 size 16cm ạ', items: { 'NOI-304-16': 1 }, ask: false },
  { shop: 'stainlessWare', text: 'Lấy mỗi size 1 cái nồi 304 nhé (16, 20, 24, 28)', items: { 'NOI-304-16': 1, 'NOI-304-20': 1, 'NOI-304-24': 1, 'NOI-304-28': 1 }, ask: false },
  { shop: 'yarnDyes', text: 'bộ kim móc 9 cỡ 1 bộ', items: { 'KIM-MOC-SET9': 1 }, ask: false },
  // negative: "3 cỡ" closing the name is how many sizes the set holds
  { shop: 'chuDauTiles', text: 'dat 1 bo dia 3 co', items: { 'BO-DIA-3': 1 }, ask: false },
  // negative: without the size, the 304 pots still differ by it
  { shop: 'stainlessWare', text: 'cho em 1 nồi inox 304', items: {}, ask: true },
];

describeCorpus('a number before a size word in a name', EXAMPLES);
