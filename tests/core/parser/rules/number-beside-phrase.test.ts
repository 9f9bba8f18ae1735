/** Review rule number-beside-phrase (core/parser/rules/number-beside-phrase.ts): a number right after a product phrase that no reading took is a variant the customer asked for; prices, times and house numbers are not. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: the number names a variant the product lacks, so the reading asks
  { shop: 'herbs', text: 'cho e 1 hộp trà gừng loại 50 gói', items: {}, ask: true },
  { shop: 'silver', text: 'lấy 1 đỉnh đồng 45', items: {}, ask: true },
  { shop: 'silk', text: 'cho mình 2 khăn đỏ 90', items: {}, ask: true },
  // negative: a price, a time, a house number, a size the product carries
  { shop: 'silk', text: 'cho mình 2 khăn đỏ 250k nhé', items: { 'KL-DO': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 hộp trà gừng, giao 25 Lê Lợi giúp e', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'silver', text: 'lấy 1 đỉnh đồng 30cm trước 9 giờ nhé', items: { 'DINH-30': 1 }, ask: false },
  // a number written in the placed product's own name explains itself
  { shop: 'mushrooms', text: '2 hộp nấm 9 loại nhé', items: { 'HQ-9-LOAI': 2 }, ask: false },
  { shop: 'silverware', text: 'lấy 4 mét xích bạc 925', items: { 'XICH-BAC-M': 4 }, ask: false },
  // the counted amount of a past purchase is history, no variant
  { shop: 'driedSeafoodCuaLo', text: 'Lần trước c mua cá cơm sữa 5 gói, lần này c lấy 3 gói thôi', items: { 'CC-SUA-200': 3 }, ask: false },
  { shop: 'roastMeats', text: 'tháng trước e mua heo sữa 1 con rồi, giờ lấy thêm 1', items: { 'HEO-SUA': 1 }, ask: false },
];

describeCorpus('number-beside-phrase', EXAMPLES);
