/** Review rule unplaced-order (core/parser/rules/unplaced-order.ts): a message that orders a catalog product but whose reading placed and asked nothing asks instead of staying silent. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: an order with a size and a count the reading could not pair is asked about, not lost
  { shop: 'silver', text: 'vòng tay bạc trơn 40 x 2 chiếc', items: {}, ask: true },
  { shop: 'silver', text: 'nhẫn bạc trơn 12 x 2', items: {}, ask: true },
  // negative: a size the product carries times a count is read (amount-or-pack), so nothing is left to ask
  { shop: 'herbs', text: 'tinh dầu tràm 30 x 2 lọ', items: { 'TRAM-30': 2 }, ask: false },
  { shop: 'herbs', text: 'nhang trầm 30 x 2 bó', items: { 'NHANG-30': 2 }, ask: false },
  // positive: the number in a later clause of the sentence ("…, cây 45 phân, 1 cây") still makes it an order
  { shop: 'silver', text: 'vòng tay bạc trơn, loại 40 phân, 1 chiếc', items: {}, ask: true },
  // positive: a count of tens in words is a number too ("nửa chục" the reading could not pair; after "mỗi màu" it is
  // each colour's amount, each-spelled.test.ts)
  { shop: 'nemChua', text: 'cho chị nửa chục nem nướng nhé', items: {}, ask: true },
  // negative: a quote, a photo, a fault report or a yes/no question about the goods orders nothing
  { shop: 'herbs', text: 'báo giá 20 hộp trà gừng', items: {}, ask: false },
  { shop: 'herbs', text: 'trà gừng có loại 50 gói không', items: {}, ask: false },
  { shop: 'silver', text: 'xin ảnh nhẫn bạc trơn ni 12', items: {}, ask: false },
  { shop: 'silver', text: 'nhẫn bạc trơn ni 12 bị xỉn màu, shop xử lý giúp', items: {}, ask: false },
  // negative: how many people the goods serve, or advice asked for, orders nothing (advice.ts)
  { shop: 'bakery', text: 'bánh 20cm đủ cho mấy người ăn ạ', items: {}, ask: false },
  { shop: 'grillsHotpots', text: 'nồi 36cm nấu được mấy người ăn', items: {}, ask: false },
  { shop: 'botLoc', text: 'e muốn đặt bánh cho 50 người ăn, c tư vấn giúp', items: {}, ask: false },
  // negative: what the reading placed stays as it was
  { shop: 'herbs', text: 'tinh dầu quế 10ml x 2 lọ', items: { 'QUE-10': 2 }, ask: false },
  { shop: 'silver', text: 'bộ đũa bạc 10 đôi x 2', items: { 'DUA-10': 2 }, ask: false },
];

describeCorpus('unplaced-order', EXAMPLES);
