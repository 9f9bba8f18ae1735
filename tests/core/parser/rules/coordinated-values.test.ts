/** Reader coordinated values (core/parser/elided-head.ts, bareValue): "loại A, B mỗi loại 2 lạng", "ni 12, 14 mỗi size 1 chiếc", "đỏ, hồng mỗi màu 2 cái": each bare value names a sibling of the item before; one no sibling has asks. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: every value listed is a sibling
  { shop: 'herbs', text: 'kỷ tử loại A, B mỗi loại 2 lạng', items: { 'KY-TU-A': 2, 'KY-TU-B': 2 }, ask: false },
  { shop: 'silver', text: 'nhẫn bạc trơn ni 12, 14 mỗi size 1 chiếc', items: { 'NHAN-TRON-12': 1, 'NHAN-TRON-14': 1 }, ask: false },
  { shop: 'hats', text: 'quai nón đỏ, tím mỗi màu 2 cái', items: { 'QN-DO': 2, 'QN-TIM': 2 }, ask: false },
  { shop: 'silver', text: 'bông tai đỏ, trắng mỗi màu 2 đôi', items: { 'BONG-DO': 2, 'BONG-TRANG': 2 }, ask: false },
  // negative: a value no sibling has (a grade, a size, a colour the shop does not sell) asks, never drops silently
  { shop: 'herbs', text: 'kỷ tử loại A, C mỗi loại 2 lạng', items: { 'KY-TU-A': 2 }, ask: true },
  { shop: 'silver', text: 'nhẫn bạc trơn ni 12, 16 mỗi size 1 chiếc', items: { 'NHAN-TRON-12': 1 }, ask: true },
  { shop: 'hats', text: 'quai nón đỏ, hồng mỗi màu 2 cái', items: { 'QN-DO': 2 }, ask: true },
];

describeCorpus('coordinated-values', EXAMPLES);
