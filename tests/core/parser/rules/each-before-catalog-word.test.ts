/**
 * "khay M và khay L mỗi loại 2 cái", "mồi câu mỗi vị 2 gói": "mỗi" + the kind that varies + an amount is the "each"
 * marker even where "mỗi"/"moi" is also read as a word of the catalog ("mồi", "giày mọi"); the products named before
 * it are each ordered that amount (core/parser/each-scope.ts eachMarkerAt, read by scan.ts). Where the number after
 * the kind is a size of the products that word names, it stays their size.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lacquerPaintings', text: 'khay M và khay L mỗi loại 2 cái', items: { 'KHAY-CN-M': 2, 'KHAY-CN-L': 2 }, ask: false },
  { shop: 'lacquerPaintings', text: 'bát sơn mài đỏ với đen mỗi màu 3 cái', items: { 'BAT-DO-12': 3, 'BAT-DEN-12': 3 }, ask: false },
  { shop: 'kitchenware', text: 'nồi 20 với nồi 24 mỗi loại 2 cái', items: { 'NOI-20': 2, 'NOI-24': 2 }, ask: false },
  { shop: 'tackle', text: 'mồi câu mỗi vị 2 gói', items: { 'MOI-TANH': 2, 'MOI-NGOT': 2, 'MOI-CHUA': 2, 'MOI-SUA': 2 }, ask: false },
  { shop: 'pets', text: 'vòng cổ size S và size M mỗi size 2 cái', items: { 'VC-S': 2, 'VC-M': 2 }, ask: false },
  // negative: no amount after the kind, no "each"; the tray still needs its size
  { shop: 'lacquerPaintings', text: 'khay mỗi loại bao nhiêu tiền', items: {}, ask: false },
  { shop: 'lacquerPaintings', text: 'lấy 2 khay sơn mài', items: {}, ask: true },
];

describeCorpus('each-before-catalog-word', EXAMPLES);
