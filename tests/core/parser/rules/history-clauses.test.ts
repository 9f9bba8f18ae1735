/**
 * Clause rules (core/parser/clauses.ts): a payment that names the order it pays ("ck cho đơn … rồi") and a report of
 * a past order ("hôm bữa đặt … rồi") order nothing; the "giờ" that starts the new order is no product word.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // after a past purchase, "lần này" with only an amount orders that product again
  { shop: 'freshSeafood', text: 'lần trước lấy 3 chai nước mắm 40 độ ngon lắm, lần này 2 chai thôi', items: { 'NM-40': 2 }, ask: false },
  { shop: 'silver', text: 'lần trước lấy 2 đôi bông tai đá đỏ, lần này 1 đôi thôi', items: { 'BONG-DO': 1 }, ask: false },
  // a purchase closed by "rồi" before "giờ" / "thêm": bought before; only the new amount orders
  { shop: 'drinks', text: 'sáng nay mua 5 cốc trà tắc rồi, giờ lấy thêm 3 cốc', items: { 'TRA-TAC': 3 }, ask: false },
  { shop: 'silver', text: 'sáng nay lấy 2 đôi bông tai đá đỏ rồi, giờ lấy thêm 1 đôi', items: { 'BONG-DO': 1 }, ask: false },
  // negative: "rồi" with nothing after it is no history of this kind
  { shop: 'silver', text: 'lấy 2 đôi bông tai đá đỏ rồi', items: { 'BONG-DO': 2 }, ask: false },
  // "đã có … rồi": what the customer already has is no order
  { shop: 'kites', text: 'mình đã có ống cuộn gỗ rồi, chỉ cần thêm 2 cuộn dây 200m', items: { 'DAY-200': 2 }, ask: false },
  { shop: 'tackle', text: 'mình có máy 5000 rồi, chỉ cần thêm 1 cần carbon 4m5', items: { 'CAN-CB-4M5': 1 }, ask: false },
  // negative: "có … không" asks, and an order after it still orders
  { shop: 'tackle', text: 'có máy 5000 không shop, lấy 1 cái', items: { 'MAY-5000': 1 }, ask: false },
  // words of praise in the history ("ăn ngon quá") name nothing; the new amount goes on the product named there
  { shop: 'shrimpPaste', text: 'tháng trước lấy 1 kg tôm nõn loại A ăn ngon quá, lần này cho 2kg', items: { 'TK-LOAI-A': 2 }, ask: false },
  { shop: 'spices', text: 'tuần trước mua 1kg hồi loại 1 thơm quá, lần này lấy 2kg', items: { 'HOI-L1': 2 }, ask: false },
  // the old order, received, then a new one: only the new amount
  { shop: 'sauce', text: 'đơn cũ 3 hũ tiêu đen e nhận rồi, đặt thêm 2 hũ', items: { 'TIEU-DEN': 2 }, ask: false },
  // a time naming which order to add to ("thêm … vào đơn hôm qua") is no report of the past
  { shop: 'sauce', text: 'Cho mình thêm 1 hũ tiêu đen nữa vào đơn hôm qua nhé', items: { 'TIEU-DEN': 1 }, ask: false },
  // and an order named by its time before "thêm" ("đơn hôm qua thêm …")
  { shop: 'pressedOils', text: 'đơn hôm qua thêm giúp e 1 chai dầu lạc 250ml', items: { 'DAU-LAC-250': 1 }, ask: false },
  { shop: 'pho', text: 'đơn lúc nãy thêm 1 phần bò viên nữa nha', items: { 'THEM-BV': 1 }, ask: false },
  // negative: what that order held, told after it, is still history
  { shop: 'pressedOils', text: 'đơn hôm qua e đặt 2 chai dầu lạc 250ml, nay lấy thêm 1 chai dầu dừa 1 lít', items: { 'DAU-DUA-1L': 1 }, ask: false },
  // positive: a payment for an order already placed, with or without the amount
  { shop: 'silver', text: 'mình ck cho đơn bộ đồ thờ rồi nhé, check giúp mình', items: {}, ask: false },
  { shop: 'herbs', text: 'e đã chuyển khoản cho đơn 2 hộp trà gừng rồi ạ', items: {}, ask: false },
  // paid, done ("ck rồi"): what follows in the sentence is the order paid or what the money was for
  { shop: 'bronzeNamTruc', text: 'e chuyển khoản rồi nhé, đơn 2 đôi chân nến 40', items: {}, ask: false },
  { shop: 'pomeloBinhMinh', text: 'ck rồi nha chị, 350k tiền cam sành', items: {}, ask: false },
  { shop: 'bronzeNamTruc', text: 'lấy 1 đỉnh 40, ck rồi nha', items: { 'DINH-40': 1 }, ask: false },
  { shop: 'bronzeNamTruc', text: 'đỉnh 40 x2 nhé ck rồi nha', items: { 'DINH-40': 2 }, ask: false },
  // positive: "hôm bữa" (southern: the other day) reports the past; what follows "giờ" is the order
  { shop: 'herbs', text: 'hôm bữa đặt 2 hộp trà gừng rồi, giờ lấy thêm 1 hộp trà tâm sen', items: { 'TRA-SEN': 1 }, ask: false },
  { shop: 'incense', text: 'tuần trước mua 5 bó nhang quế 40cm rồi, giờ lấy thêm 3 bó', items: { 'NHANG-QUE-40': 3 }, ask: false },
  // negative: an order that also says it will be paid places its lines
  { shop: 'herbs', text: 'cho em 2 hộp trà gừng, em ck luôn', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'silver', text: 'lấy 1 bộ đồ thờ, ck cho đơn này luôn nhé', items: { 'DO-THO': 1 }, ask: false },
  // negative: "giờ" that is a word of a name, with no past report before it
  { shop: 'incense', text: 'cho 2 hộp nhang vòng 24 giờ', items: { 'VONG-24': 2 }, ask: false },
  // "lúc nãy" (a moment ago) reports what was said before, not a new order
  { shop: 'porkRolls', text: 'e gửi lại đơn: 3 chục nem chua, 1 hộp nem nướng. Lúc nãy e nhắn nhầm 2 hộp nem nướng', items: { 'NEM-C10': 3, 'NEM-NUONG': 1 }, ask: false },
  { shop: 'bedding', text: 'gửi lại đơn: 2 khăn tắm trắng. Hồi nãy em nhắn nhầm 3 khăn tắm trắng', items: { 'KT-TRANG': 2 }, ask: false },
  // "tháng này", "tuần này" open the new order after a past one, as "lần này" does
  { shop: 'herbs', text: 'tháng trước lấy 3 hộp trà gừng, tháng này 2 hộp thôi', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'dairy', text: 'tuần trước mình mua 3 lốc sữa chua không đường rồi, tuần này lấy thêm 2 lốc thôi', items: { 'SC-LOC4-KD': 2 }, ask: false },
  // "hôm nọ", "hồi trước", "năm rồi": the other day, a while ago, last year
  { shop: 'banhCay', text: 'Chị ơi hôm nọ e mua 2 hộp bánh nhãn ăn giòn lắm, lần này chị gửi e 3 hộp nhé', items: { 'BN-500': 3 }, ask: false },
  { shop: 'simWine', text: 'Em ơi hôm nọ chị lấy 5 hộp quà sim, lần này chị lấy 8 hộp nhé', items: { 'CB-QUA1': 8 }, ask: false },
  { shop: 'lotusSilk', text: 'Chị ơi hôm nọ em mua 2 cà vạt, giờ em lấy thêm 1 cái cà vạt và 1 hộp sen vàng', items: { 'CV-SEN': 1, 'HQ-SEN': 1 }, ask: false },
  { shop: 'dongTao', text: 'Hôm nọ mua 2 cân chân gà hết veo, nay lấy 3 cân', items: { 'DT-CHAN': 3 }, ask: false },
];

describeCorpus('history-clauses', EXAMPLES);
