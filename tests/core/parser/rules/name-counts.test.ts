/** Counts and grades a name carries (bộ 10 đôi, (6 chén), loại A, ni 12, a year) belong to the product, not the quantity; a count of pieces of a product sold by the pack is counted in packs. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a minimum order written in a name ("đơn từ 10 áo", "tối thiểu 20 chiếc") is no pack: the count is of pieces
  { shop: 'tshirts', text: 'Đặt 30 áo polo trắng cho lớp ạ', items: { 'POLO-TR': 30 }, ask: false },
  { shop: 'hats', text: 'lấy 50 chiếc nón in logo nhé', items: { 'NON-LOGO': 50 }, ask: false },
  { shop: 'silver', text: 'lấy 1 bộ đũa bạc 10 đôi', items: { 'DUA-10': 1 }, ask: false },
  { shop: 'silver', text: 'cho a 2 bộ đũa 5 đôi', items: { 'DUA-5': 2 }, ask: false },
  { shop: 'silver', text: 'lay 1 bo chen ruou bac 6 chen', items: { 'CHEN-6': 1 }, ask: false },
  { shop: 'silver', text: 'lấy 2 nhẫn trơn ni 14', items: { 'NHAN-TRON-14': 2 }, ask: false },
  { shop: 'silver', text: 'lấy 2 nhẫn hoa sen ni 12', items: {}, ask: true },
  { shop: 'silver', text: 'cho em cuốn lịch treo tường 2026', items: { 'LICH-2026': 1 }, ask: false },
  { shop: 'silver', text: 'em cần 30 cái lì xì gà', items: { 'LX-GA': 3 }, ask: false },
  { shop: 'silver', text: 'em cần 25 cái lì xì gà', items: {}, ask: true },
  { shop: 'herbs', text: 'lấy 5 lạng kỷ tử loại A', items: { 'KY-TU-A': 5 }, ask: false },
  { shop: 'herbs', text: 'cho e 200 nén nhang trầm', items: { 'NHANG-30': 2 }, ask: false },
  { shop: 'herbs', text: 'cho e 150 nén nhang trầm', items: {}, ask: true },
  { shop: 'herbs', text: 'cho e 3 bó nhang trầm', items: { 'NHANG-30': 3 }, ask: false },
  { shop: 'herbs', text: 'lấy e 2 hộp nhang vòng 24h', items: { 'VONG-24H': 2 }, ask: false },
  { shop: 'herbs', text: 'lay 2 lang ky tu loai b', items: { 'KY-TU-B': 2 }, ask: false },
];

describeCorpus('name-counts', EXAMPLES);
