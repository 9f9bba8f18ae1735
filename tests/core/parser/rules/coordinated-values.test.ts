/** Reader coordinated values (core/parser/elided-head.ts, bareValue): "loại A, B mỗi loại 2 lạng", "ni 12, 14 mỗi size 1 chiếc", "dép size 38 lấy 2 đôi, 40 lấy 1 đôi", "đỏ, hồng mỗi màu 2 cái", "bánh đa cua nhỏ 2, to 2": each bare value names a sibling of the item before; one no sibling has asks. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: every value listed is a sibling
  { shop: 'herbs', text: 'kỷ tử loại A, B mỗi loại 2 lạng', items: { 'KY-TU-A': 2, 'KY-TU-B': 2 }, ask: false },
  { shop: 'silver', text: 'nhẫn bạc trơn ni 12, 14 mỗi size 1 chiếc', items: { 'NHAN-TRON-12': 1, 'NHAN-TRON-14': 1 }, ask: false },
  { shop: 'hats', text: 'quai nón đỏ, tím mỗi màu 2 cái', items: { 'QN-DO': 2, 'QN-TIM': 2 }, ask: false },
  { shop: 'silver', text: 'bông tai đỏ, trắng mỗi màu 2 đôi', items: { 'BONG-DO': 2, 'BONG-TRANG': 2 }, ask: false },
  // positive: each value opens its own item and its amount follows ("…, 40 lấy 1 đôi", "…, số 2 lấy 2 cái")
  { shop: 'rugs', text: 'dép cói size 38 lấy 2 đôi, 40 lấy 1 đôi', items: { 'DEP-COI-38': 2, 'DEP-COI-40': 1 }, ask: false },
  // a bare length after "với" / "và", before "mỗi loại" and its amount: the sibling's length, not an amount
  { shop: 'modelShips', text: 'thuyền rồng 30 với 50 mỗi loại 1', items: { 'RONG-30': 1, 'RONG-50': 1 }, ask: false },
  { shop: 'exportRattan', text: 'lấy chao đèn tre 30 và 40 mỗi loại 2 cái', items: { 'CD-TRE-30': 2, 'CD-TRE-40': 2 }, ask: false },
  { shop: 'terracotta', text: 'chậu 20, 30, 40 mỗi cỡ 2 cái', items: { 'CH-20': 2, 'CH-30': 2, 'CH-40': 2 }, ask: false },
  { shop: 'chamPottery', text: 'nồi số 1 lấy 3 cái, số 2 lấy 2 cái', items: { 'NOI-KHO-1': 3, 'NOI-KHO-2': 2 }, ask: false },
  { shop: 'baskets', text: 'túi quai tròn 30 lấy 2, 35 lấy 1', items: { 'TX-30': 2, 'TX-35': 1 }, ask: false },
  // the item's own amount written "x5"
  { shop: 'uniforms', text: 'quần tây đen 30 x3, 32 x5', items: { 'QT-DEN-30': 3, 'QT-DEN-32': 5 }, ask: false },
  { shop: 'clogs', text: 'guốc mộc 37 x2, 38 x1', items: { 'GM-37': 2, 'GM-38': 1 }, ask: false },
  // a size word in place of the one the item before carried
  { shop: 'crabSoup', text: 'bánh đa cua nhỏ 2, to 2', items: { 'BDC-NHO': 2, 'BDC-TO': 2 }, ask: false },
  { shop: 'pancakes', text: 'xèo tôm thịt lớn 3, nhỏ 2', items: { 'BX-TOM-THIT-LON': 3, 'BX-TOM-THIT-NHO': 2 }, ask: false },
  { shop: 'silver', text: 'nhẫn bạc trơn ni 12 lấy 1, 14 lấy 2', items: { 'NHAN-TRON-12': 1, 'NHAN-TRON-14': 2 }, ask: false },
  // negative: a value no sibling has (a grade, a size, a colour the shop does not sell) asks, never drops silently
  { shop: 'herbs', text: 'kỷ tử loại A, C mỗi loại 2 lạng', items: { 'KY-TU-A': 2 }, ask: true },
  { shop: 'silver', text: 'nhẫn bạc trơn ni 12, 16 mỗi size 1 chiếc', items: { 'NHAN-TRON-12': 1 }, ask: true },
  { shop: 'hats', text: 'quai nón đỏ, hồng mỗi màu 2 cái', items: { 'QN-DO': 2 }, ask: true },
  { shop: 'rugs', text: 'dép cói size 38 lấy 2 đôi, 45 lấy 1 đôi', items: { 'DEP-COI-38': 2 }, ask: true },
  // positive: the amount after "mỗi" spelled out ("mỗi loại một", "mỗi loại nửa chục")
  { shop: 'laiThieuPottery', text: 'bình bông 30 và 45 mỗi loại một', items: { 'BINH-RAN-30': 1, 'BINH-RAN-45': 1 }, ask: false },
  { shop: 'chuyenMyInlay', text: 'đôn 45 và 60 mỗi loại một chiếc', items: { 'DON-45': 1, 'DON-60': 1 }, ask: false },
  // negative: a number opening a clause with no value of the item before is its own amount
  { shop: 'baskets', text: 'túi quai tròn 30 lấy 2, 3 cái giỏ đi chợ size M màu đỏ', items: { 'TX-30': 2, 'GDC-M-DO': 3 }, ask: false },
];

describeCorpus('coordinated-values', EXAMPLES);
