/**
 * A clause that negates ordering ("không lấy", "ko mua") places nothing; its scope ends where the message opens
 * what the customer does want: a comma, a new sentence, or a colon after the negation.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // "chân không" (vacuum) is no negation of the verb after it
  { shop: 'braisedFish', text: 'mình lấy 3 túi cá kho hút chân không gửi vào Sài Gòn nhé', items: { 'CK-TUI-500': 3 }, ask: false },
  // "không … đâu" stresses the negation; it asks nothing, and the order before it stands
  { shop: 'spices', text: '1 bộ phở nồi 5 lít, ko lấy quế hồi lẻ đâu', items: { 'PHO-5L': 1 }, ask: false },
  { shop: 'silver', text: '1 bộ đũa bạc 10 đôi, không lấy bộ 5 đôi đâu', items: { 'DUA-10': 1 }, ask: false },
  { shop: 'ricepaper', text: 'e lấy 2 bịch muối tôm 500g, ko phải 2 hũ đâu nha', items: { 'MT-500': 2 }, ask: false },
  // negative: "đâu" with no negation before it still asks where
  { shop: 'spices', text: 'hồi loại 1 lấy ở đâu vậy shop', items: {}, ask: false },
  { shop: 'omai', text: 'Mình mua lẻ không lấy hộp quà: 1 hộp bánh cốm 6 cái, 1 gói ô mai mơ 200g', items: { 'BANH-COM-6': 1, 'OM-MO-200': 1 }, ask: false },
  { shop: 'silver', text: 'em không lấy bộ đồ thờ: 1 đỉnh đồng 30cm với 2 bát hương đồng 16cm thôi', items: { 'DINH-30': 1, 'BAT-HUONG-16': 2 }, ask: false },
  // negative: without a colon the negation covers its clause
  { shop: 'silver', text: 'em không lấy bộ đồ thờ nữa', items: {}, ask: false },
  // negative: a colon that opens a list with no negation before it splits nothing ("Chè lam gừng 200g: 3 gói")
  { shop: 'omai', text: 'Ô mai sấu gói 200g: 3 gói', items: { 'OM-SAU-200': 3 }, ask: false },
  // "ko lấy thêm gì": nothing more; what was ordered before it stands
  { shop: 'herbs', text: 'TRA-GUNG 1 hộp, ko lấy thêm gì', items: { 'TRA-GUNG': 1 }, ask: false },
  { shop: 'porkRolls', text: 'cho e 2 cây giò lụa 500g, không cần gì thêm đâu ạ', items: { 'GL-500': 2 }, ask: false },
  // negative: a question whether anything else is needed still orders nothing on its own
  { shop: 'herbs', text: 'trà gừng còn không, có cần mua gì thêm không', items: {}, ask: false },
  // "khỏi" (no need): "khỏi thêm trứng", "thôi khỏi lấy lược"; not "ra khỏi đơn" (out of the order)
  { shop: 'banhMi', text: 'khỏi thêm trứng nha quầy', items: {}, ask: false },
  { shop: 'woodcraft', text: 'thôi khỏi lấy lược nha shop', items: {}, ask: false },
  { shop: 'woodcraft', text: 'lấy 2 lược gỗ, khỏi gói quà nha', items: { 'LUOC-GO': 2 }, ask: false },
];

describeCorpus('negated-clauses', EXAMPLES);
