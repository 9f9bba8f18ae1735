/**
 * A delivery address inside an order is no order line: "giao 12 Phan Đình Phùng, Ba Đình" has no amount of 12 and no
 * unknown product "Đình Phùng". It is taken out like a phone number when a label opens it (an address word, a
 * delivery verb with its direction, or a house number and a street after "giao", "về" or a phone number), up to the
 * end of the sentence, a phone, or an amount of goods.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a recipient's name, phone and address
  { shop: 'birdCages', text: 'đặt 1 lồng khướu + 1 hũ cám khướu. Người nhận Hùng 0912 888 999, 23 Phan Đình Phùng Nam Định', items: { 'LKH-TRE': 1, 'CAM-KHUOU-200': 1 }, ask: false },
  { shop: 'zithers', text: 'người nhận: Trần Minh Quân, 0904 808 808, 102 Lê Duẩn', items: {}, ask: false },
  { shop: 'silk', text: 'cho mình 2 khăn xanh, giao 12 Phan Đình Phùng, Ba Đình nhé', items: { 'KL-XANH': 2 }, ask: false },
  { shop: 'silk', text: 'lay 1 ao dai m, giao ve 7 ngo 12 Kim Ma Ba Dinh', items: { 'AD-M': 1 }, ask: false },
  { shop: 'silk', text: 'e lấy 1 cà vạt. Địa chỉ: 25 ngõ 120 Trường Chinh, P. Phương Liệt', items: { 'CA-VAT': 1 }, ask: false },
  { shop: 'silk', text: 'cho 2 khăn đỏ, đc 21 Phan Xích Long PN', items: { 'KL-DO': 2 }, ask: false },
  { shop: 'silk', text: 'mình ship 1 túi lụa về Vinh', items: { 'TUI-LUA': 1 }, ask: false },
  { shop: 'silk', text: 'giao về số 330 Nguyễn Trãi 2 vỏ gối', items: { 'GOI-LUA': 2 }, ask: false },
  { shop: 'silk', text: 'em ở xóm 3 thôn Đông, Bát Tràng ạ', items: {}, ask: false },
  { shop: 'tea', text: 'cho e 2 gói trà móc câu 200g. ship ra da nang nha, 17 hung vuong', items: { 'MC-200': 2 }, ask: false },
  // negatives: "đc" for "được", a day of delivery, goods after "ship" and after "gửi về"
  { shop: 'silk', text: 'khăn xanh ship tỉnh đc k shop', items: {}, ask: false },
  { shop: 'silk', text: 'ship 2 khăn vàng tới 17 ngõ 12 Láng Hạ', items: { 'KL-VANG': 2 }, ask: false },
  { shop: 'silk', text: 'cho 2 khăn đỏ, giao thứ 7 nhé', items: { 'KL-DO': 2 }, ask: false },
  { shop: 'tea', text: 'gửi về 2 gói trà móc câu 100g', items: { 'MC-100': 2 }, ask: false },
  { shop: 'silk', text: 'ship cho e 1 Khăn xanh với 1 Cà vạt nhé', items: { 'KL-XANH': 1, 'CA-VAT': 1 }, ask: false },
  { shop: 'tea', text: 'ship cod 3 gói móc câu 100g về 12 Lý Thường Kiệt, Quy Nhơn', items: { 'MC-100': 3 }, ask: false },
  // a dash between the phone and the house number; whom it goes to between the verb and the house number
  { shop: 'clocks', text: '2 vintage 40cm. Chị Mai - 0912 555 111 - 48 Điện Biên Phủ', items: { 'DH-TT-40-GO': 2 }, ask: false },
  { shop: 'plaster', text: '20 tượng mini để tô, gửi trường tiểu học Hoa Sen 14 Lý Tự Trọng', items: { 'TUONG-TRANG-LE': 20 }, ask: false },
  // "Lý" written with its marks is a street's name, not the "ly" (cốc) of a catalog
  { shop: 'nightLights', text: '2 đèn gấu silicon, giao 15 Lý Thường Kiệt', items: { 'DEN-NGU-GAU': 2 }, ask: false },
];

describeCorpus('address-span', EXAMPLES);
