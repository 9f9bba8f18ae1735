/** 'làm quà …', 'gói quà' say what the order is for; they place no gift box. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a pickup time ("3h chiều") is no product: "chiều" written so is the afternoon, not "chiếu"
  { shop: 'drinks', text: 'shop ơi 5 cốc trà tắc, 3h chiều e qua lấy', items: { 'TRA-TAC': 5 }, ask: false },
  { shop: 'rugs', text: 'lấy 2 đôi dép cói size 38, 4h chiều mình qua lấy', items: { 'DEP-COI-38': 2 }, ask: false },
  // "cho 2 bố con": a count of people the goods are for, not a second amount; "bố" is no "bộ"
  { shop: 'tackle', text: 'lấy 1 cần tre 3m6, 1 cần tre 4m5 cho 2 bố con', items: { 'CAN-TRE-3M6': 1, 'CAN-TRE-4M5': 1 }, ask: false },
  { shop: 'silver', text: 'lấy 1 đôi bông tai đá đỏ, 1 đôi đá xanh cho 2 mẹ con', items: { 'BONG-DO': 1, 'BONG-XANH': 1 }, ask: false },
  // "cho" + who or where it is for after an order ("cho quán cafe", "cho bếp ăn", "cho bà ngoại")
  { shop: 'stone', text: '1 tá gạt tàn đá cho quán cafe nhé shop', items: { 'GT-12': 12 }, ask: false },
  { shop: 'oils', text: 'bên mình lấy 3 can dầu lạc 5 lít cho bếp ăn', items: { 'LAC-CAN5L': 3 }, ask: false },
  { shop: 'spices', text: 'lấy 2 hũ tiêu 100g, 2 hũ tiêu 100g nữa cho bà ngoại', items: { 'TIEU-100': 4 }, ask: false },
  // "mua lẻ", "lấy lẻ": bought singly, no product; "trong bộ …": what holds the item, not another item
  { shop: 'silver', text: 'lấy lẻ 1 đỉnh đồng 30cm với 1 bát hương đồng 16cm, không lấy bộ đồ thờ', items: { 'DINH-30': 1, 'BAT-HUONG-16': 1 }, ask: false },
  { shop: 'bedding', text: 'mình mua lẻ cái ga 1m6 trắng trong bộ 4 món thôi, không mua cả bộ', items: { 'GA-16-TRANG': 1 }, ask: false },
  // "lẻ", "treo …", "để …", "nấu …" after a product say how it is bought or used, not which product
  { shop: 'flowers', text: 'lấy 1 cây kim tiền nhỏ để bàn làm việc ạ', items: { 'KIM-TIEN-S': 1 }, ask: false },
  { shop: 'oils', text: 'e lấy 3 chai dầu đậu nành nấu cho quán', items: { 'NANH-1L': 3 }, ask: false },
  { shop: 'embroidery', text: 'e đặt 1 tranh chữ phúc treo phòng khách ạ', items: { 'TT-CHU-PHUC-45': 1 }, ask: false },
  // negative: a word the products read so far do have stays in the phrase ("Giỏ quà biếu lẻ 3 món")
  { shop: 'sauce', text: 'cho 1 giỏ quà biếu lẻ 3 món', items: { 'GIO-LE': 1 }, ask: false },
  { shop: 'silver', text: 'đặt ba bộ chén rượu bạc làm quà biếu', items: { 'CHEN-6': 3 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 hộp trà gừng làm quà tết', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'silk', text: 'lấy 1 khăn xanh nhé, gói quà giúp e', items: { 'KL-XANH': 1 }, ask: false },
  // negative: the gift box asked for by its own name
  { shop: 'herbs', text: 'lấy 2 hộp quà an khang', items: { 'HQ-AN-KHANG': 2 }, ask: false },
  // "trang trí" (to decorate) says what the goods are for
  { shop: 'lanterns', text: 'anh lấy 20 đèn tròn đỏ 30cm trang trí quán', items: { 'DL-TRON-DO-30': 20 }, ask: false },
  { shop: 'rattan', text: 'cho e 5 bình hoa mây trang trí quán cafe', items: { 'BINH-HOA-MAY': 5 }, ask: false },
  // "thay", instead: "lấy 2 cf muối thay nha", "lấy sườn non thay nhé", "1 hộp 8 đầu thay"
  { shop: 'electricToothbrush', text: 'Em lấy 1 Oral-B Pro 3 đen và 1 hộp 8 đầu thay nhé', items: { 'BC-ORALB-PRO3-DEN': 1, 'DBC-ORALB-8': 1 }, ask: false },
  { shop: 'drinksStall', text: 'đơn e gồm: 3 cf sữa L, 2 bạc xỉu. À bỏ bạc xỉu đi, lấy 2 cf muối thay nha', items: { 'CF-SUA-L': 3, 'CF-MUOI': 2 }, ask: false },
  { shop: 'grilledSkewers', text: 'vậy lấy e 1 hũ nước lèo chay thay', items: { 'TUONG-CHAY-250': 1 }, ask: false },
  // negative: "thay" before what it replaces ends nothing
  { shop: 'pumpParts', text: 'vậy lấy 1 tụ 10uf thay bơm 125w', items: { 'TU-10UF': 1 }, ask: false },
];

describeCorpus('purpose', EXAMPLES);
