/**
 * Complaints (core/parser/lexicon.ts COMPLAINT_PAIRS, clauses.ts): goods that arrived wrong, short or damaged ("bị
 * gãy", "bị nứt", "bị bung nan") order nothing; thanks with "nhiều" name no product. An order told, then "mà nhận được"
 * something else, is a complaint about it; "e nhận đủ 3 hộp rồi" reports goods received. A harm the customer would
 * avoid ("bọc kỹ kẻo bị bung nan") is no complaint.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'combs', text: 'lược e nhận bị gãy 2 răng shop ơi', items: {}, ask: false },
  { shop: 'flutes', text: 'hàng bị nứt 1 cây sáo rồi shop ơi', items: {}, ask: false },
  { shop: 'spices', text: 'shop giao thiếu 1 hũ chẳm chéo rồi', items: {}, ask: false },
  { shop: 'spices', text: 'oke cảm ơn em nhiều nha', items: {}, ask: false },
  { shop: 'squidCuaLo', text: 'shop oi e dat 2kg muc mot nang size M ma nhan duoc size S 😡', items: {}, ask: false },
  { shop: 'oilsHuongTra', text: 'Shop ơi, e đặt 2 chai bạc hà 10ml mà nhận được 50ml, giờ sao ạ', items: {}, ask: false },
  { shop: 'rattanPhuVinh8', text: 'shop check giúp e đơn hôm trước, e đặt 3 giỏ picnic mà mới nhận 2', items: {}, ask: false },
  { shop: 'squidCuaLo', text: 'e đặt 3 hộp chả mực mà chỉ nhận 1 hộp', items: {}, ask: false },
  // negative: "mới nhận lương" (just got paid) is no goods received
  { shop: 'rattanPhuVinh8', text: 'lấy 3 giỏ picnic mà mới nhận lương nên ck sau nhé', items: { 'GIO-PICNIC': 3 }, ask: false },
  { shop: 'rattanPhuVinh7', text: 'Mình mua 4 cái túi mây tròn mà về 1 cái bị bung nan 😢', items: {}, ask: false },
  { shop: 'juteNamCao', text: 'dạ e cảm ơn c, e nhận đủ 3 hộp lót ly rồi ạ 🙏', items: {}, ask: false },
  { shop: 'noodlesDuongLieu2', text: 'Hàng về bị bục 1 gói bột năng, bột vương hết ra thùng 😢', items: {}, ask: false },
  // negative: a harm to avoid, and an order after goods received
  { shop: 'rattanPhuVinh7', text: 'lấy 4 cái túi mây tròn, bọc kỹ kẻo bị bung nan', items: { 'TUI-TRON': 4 }, ask: true },
  { shop: 'juteNamCao', text: 'e nhận đủ hàng rồi, lấy thêm 3 hộp lót ly nữa nhé', items: { 'LOT-LY-H12': 3 }, ask: false },
  { shop: 'squidCuaLo', text: 'e đặt 2kg mực một nắng size M mà giao trước thứ 7 nhé', items: { 'MMN-M': 2 }, ask: false },
  // negative: a later sentence that orders again still orders
  { shop: 'combs', text: 'lược e nhận bị gãy rồi. Gửi e 1 lược sừng dày nhé', items: { 'LS-DAY': 1 }, ask: false },
  // an order that has not arrived ("mà chưa nhận được", "chưa thấy giao") orders nothing, nor does what it told of
  { shop: 'quanHo', text: 'Shop ơi em đặt 2 nón loại 1 hôm thứ 3 mà chưa nhận được', items: {}, ask: false },
  { shop: 'flan', text: 'Chị ơi em đặt 30 hũ flan nhỏ từ thứ 2 mà chưa thấy giao ạ', items: {}, ask: false },
  // goods that arrived swollen
  { shop: 'coconutMilk', text: 'lon cốt dừa bị phồng 1 lon c ơi', items: {}, ask: false },
  // negative: a clause after the one that has not arrived still orders
  { shop: 'woodToys', text: 'đơn hôm qua mã 2391 chưa nhận, giờ đặt thêm 1 bộ xếp hình 20 miếng', items: { 'XH-20': 1 }, ask: false },
];

describeCorpus('complaints', EXAMPLES);
