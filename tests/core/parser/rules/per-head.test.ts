/**
 * An amount after "mỗi" + a noun counted earlier in the message is per each of them: the count times the amount.
 * A number inside a product phrase counts nothing ("ngữ văn 6 tập 1": grade six, not six volumes).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sweetsNorth', text: 'Nhà e 5 người, mỗi người 1 gói chè lam gừng nhé', items: { 'CL-GUNG-200': 5 }, ask: false },
  { shop: 'porkRolls', text: 'cho e 3 hộp quà 3 món, mỗi hộp kèm 1 túi giữ nhiệt', items: { 'HOP-QUA3': 3, 'TUI-GN': 3 }, ask: false },
  { shop: 'toys', text: 'mình có 2 bé, mỗi bé 1 mặt nạ ngộ không', items: { 'MN-NGO-KHONG': 2 }, ask: false },
  // (a noun that heads products of its own, counted before: per each of them, no "each" of its products)
  { shop: 'eventRentals', text: 'cho 12 bàn tròn 10 chỗ, mỗi bàn 10 ghế đỏ', items: { 'BAN-TRON-10': 12, 'GHE-NHUA-DO': 120 }, ask: false },
  { shop: 'banhKhot', text: 'can tom 2 phan, moi phan them 2 trung cut', items: { 'BC-TOM': 2, 'TH-TRUNG-CUT': 4 }, ask: false },
  // negative: "mỗi loại" names what varies, not something counted
  { shop: 'sweetsNorth', text: 'chè lam gừng với chè lam lạc 200g mỗi loại 2 gói', items: { 'CL-GUNG-200': 2, 'CL-LAC-200': 2 }, ask: false },
  // negative: nothing counted before "mỗi người": the amount stands
  { shop: 'sweetsNorth', text: 'mỗi người 1 gói chè lam gừng nhé', items: { 'CL-GUNG-200': 1 }, ask: false },
  // negative: the number before the noun is a word of a product's name
  { shop: 'textbooks', text: 'ngữ văn 6 tập 1 và tập 2 mỗi tập 3 cuốn', items: { 'NGU-VAN-6-T1': 3, 'NGU-VAN-6-T2': 3 }, ask: false },
  // the count said after the amount, of a noun that names no product
  { shop: 'sweetsNorth', text: 'mỗi người 1 gói chè lam gừng, nhà e 5 người', items: { 'CL-GUNG-200': 5 }, ask: false },
  { shop: 'toys', text: 'mỗi đứa 1 mặt nạ ngộ không nhé, nhà có 2 đứa', items: { 'MN-NGO-KHONG': 2 }, ask: false },
  // rooms and houses too: the number after "mỗi phòng", "mỗi nhà" is the amount for each, no room or house number
  { shop: 'broomsHoaVang', text: 'Homestay em có 8 phòng, lấy mỗi phòng 1 thảm welcome nha anh', items: { 'TXD-WELCOME': 8 }, ask: false },
  { shop: 'beddingNamCao', text: 'set vo goi cho 2 phong, moi phong 1 set', items: { 'SET-VG3': 2 }, ask: false },
  { shop: 'lycheesThanhHa', text: 'cho 4 nhà, mỗi nhà 2 cân vải loại 1', items: { 'VT-LOAI1': 8 }, ask: false },
  // an amount listed after one said per head, with a comma, is per head too
  { shop: 'fireSafety', text: 'nhà trọ 10 phòng, mỗi phòng 1 báo khói pin, 1 bình 1kg', items: { 'BAO-KHOI-9V': 10, 'BOT-ABC-1KG': 10 }, ask: false },
];

describeCorpus('per-head', EXAMPLES);
