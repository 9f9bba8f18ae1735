/**
 * "như cũ", "y vậy", "như thế", "giống hệt" say "as before": after a past purchase that named the goods, "lần này lấy
 * 3 gói như cũ" orders 3 of them; a word only near a catalog word in the past clause ("… dùng ok") names nothing
 * (core/parser/bind.ts); the goods are those the past clause named most fully ("bộ trà men rạn", not "tặng"). With nothing named before ("e lấy 1 như lần trước nhé"), the earlier order is not in the
 * message: ask.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'smokedBuffalo', text: 'Tuần trước mua 2 gói trâu cay 500g ăn ngon quá, lần này lấy 3 gói như cũ nhé', items: { 'TT-C500': 3 }, ask: false },
  { shop: 'rollersAndTrays', text: 'Tuần trước mua 3 cây lăn cừu 23 dùng ok, lần này lấy 5 cây', items: { 'LAN-23-LC': 5 }, ask: false },
  { shop: 'essentialOils', text: 'tuan truoc mua 2 lo sa chanh 50ml xai het roi, shop cho e 3 lo nhu cu', items: { 'TD-SC-50': 3 }, ask: false },
  { shop: 'maiTrees', text: 'Tết năm ngoái mua 1 chậu mai giảo gốc 15 ở đây đẹp lắm, năm nay lấy 2 chậu y vậy', items: { 'MGI-15': 2 }, ask: false },
  // the goods the past purchase named most fully, in a sentence of its own too
  { shop: 'pictureFrames', text: 'Tuần trước e lấy 5 khung A4 đen treo văn phòng đẹp lắm, lần này lấy thêm 3 cái nữa', items: { 'KA-A4-DEN': 3 }, ask: false },
  { shop: 'teaSets', text: 'Tháng trước mua bộ trà men rạn tặng mẹ, mẹ thích lắm. Lần này lấy thêm 1 bộ như vậy cho mẹ chồng', items: { 'BT-RAN': 1 }, ask: false },
  // "như đơn lần trước", "đặt lại đơn cũ": the order named by its time is no purchase told now; goods with no amount ask,
  // an amount after it orders
  { shop: 'haiHauRice', text: 'e lấy gạo như đơn lần trước nhé c', items: {}, ask: true },
  { shop: 'uniformsNamDinh', text: 'sơ mi size 38 số lượng như đơn tháng trước', items: {}, ask: true },
  { shop: 'brocadeMaiChau', text: 'cho e đặt lại đơn cũ: 2 vỏ gối 40x40', items: { 'GOI-40': 2 }, ask: false },
  // negative: nothing named before "as before"
  { shop: 'babyBottles', text: 'e lấy 1 như lần trước nhé c', items: {}, ask: true },
  { shop: 'crabNoodles', text: 'thêm 1 tô y chang nha cô', items: {}, ask: true },
];

describeCorpus('"as before" after a past purchase', EXAMPLES);
