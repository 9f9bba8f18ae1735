/**
 * A clause "loại …" after an item left open among siblings settles it with a value one sibling carries: a model's
 * number, a size, how many a pack holds ("vợt kamito, loại 8.2 nhé", "tã dán size L, loại 20 miếng";
 * core/parser/elided-head.ts kindValue). Not in a clause that rules a kind out ("đừng gửi loại 3m").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pickleball', text: 'e lấy 1 vợt kamito, loại 8.2 nhé', items: { 'VOT-KAMITO-82': 1 }, ask: false },
  { shop: 'pickleball', text: 'cho 1 ống bóng x40, loại 6 quả nha c', items: { 'BONG-X40-6': 1 }, ask: false },
  { shop: 'adultDiapers', text: 'e cần gấp 2 gói tã dán size L, loại 20 miếng', items: { 'TDAN-L-20': 2 }, ask: false },
  // negative: a kind ruled out names nothing more
  { shop: 'kites', text: 'cho e 1 diều rồng đuôi dài 5m, đừng gửi loại 3m nhé', items: { 'RONG-5M': 1 }, ask: false },
  { shop: 'pickleball', text: 'e lấy 1 vợt kamito, loại 9.0 nhé', items: {}, ask: true },
];

describeCorpus('kind-after-comma', EXAMPLES);
