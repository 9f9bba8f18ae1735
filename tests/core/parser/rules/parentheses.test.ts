/**
 * Parentheses: an aside in them is a clause of its own ("(đơn lúc nãy 2 hũ đã chốt rồi)" reports the past; "(loại
 * cánh to ấy)" describes), and a question in them covers only them; words of the catalog's names and counts in them
 * ("(12 thanh)", "(suất thường)", copied with a name) stay on the phrase they follow. In a name, a number before a
 * parenthesis counts nothing in it: "Đũa inox 304 (hộp 10 đôi)" holds ten pairs, not 304 boxes.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kitchenware', text: 'lấy 30 đôi đũa inox 304', items: { 'DUA-INOX-10': 3 }, ask: false },
  { shop: 'tackle', text: 'lấy 100 viên chì tròn số 2', items: { 'CHI-VIEN': 2 }, ask: false },
  { shop: 'pets', text: '1 hộp súp thưởng (12 thanh) với 1 lốc pate (6 lon)', items: { 'SUP-12': 1, 'PATE-LOC6': 1 }, ask: false },
  { shop: 'spices', text: 'thêm 1 set phở 10l nữa nha shop (đơn lúc nãy)', items: { 'PHO-10L': 1 }, ask: false },
  { shop: 'spices', text: 'Mình lấy 1kg hồi loại 1 (loại cánh to ấy) và 5 lạng hồi loại 2', items: { 'HOI-L1': 1, 'HOI-L2': 0.5 }, ask: false },
  { shop: 'kites', text: 'cho e 1 bộ diều sáo 1m6 (loại có sẵn sáo kép với dây dù ấy)', items: { 'BO-SAO-1M6': 1 }, ask: false },
  // negative: the earlier order reported in parentheses is not ordered again
  { shop: 'herbs', text: 'thêm 1 hộp trà gừng nữa nhé (đơn lúc nãy 2 hộp đã chốt rồi)', items: { 'TRA-GUNG': 1 }, ask: false },
  // a name copied with its parentheses stays one phrase, a word said again inside them too
  { shop: 'bunCha', text: 'cho e 10 Nem cua bể rán (chiếc) nhé', items: { 'NEM-CUA': 10 }, ask: false },
  { shop: 'tackle', text: 'Phao xốp câu tay (bộ 5 cái) x2', items: { 'PHAO-XOP': 2 }, ask: false },
  // after a correction, "lay 3 thoi" typed bare takes three ("thôi", not "thỏi")
  { shop: 'tackle', text: 'cho e Phao xốp câu tay (bộ 5 cái) x4, ay nham, lay 3 thoi', items: { 'PHAO-XOP': 3 }, ask: false },
];

describeCorpus('parentheses', EXAMPLES);
