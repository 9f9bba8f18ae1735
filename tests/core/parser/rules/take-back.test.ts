/**
 * A later sentence that only cancels ("à mà thôi, hủy nhé", "Thôi hủy nhé, để tháng sau": a cancel word, no goods, no
 * amount, no earlier order named), or "thôi khỏi" / "thôi ko lấy nữa" (never mind, in a later sentence or a clause of
 * its own), takes back
 * what the message ordered before it (core/parser/take-back.ts). One that names an earlier order, or a name that only
 * looks like "huỷ", takes back nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'floodlights', text: 'cho e 1 đèn pha 100w vàng. à mà thôi, hủy nhé', items: {}, ask: false },
  { shop: 'safetyShoes', text: 'giày thấp cổ 43 lấy 2 đôi. Thôi hủy nhé, để tháng sau', items: {}, ask: false },
  { shop: 'batteries', text: 'e lấy 1 bình gs 5ah. Ko, thôi khỏi, hôm khác e mua', items: {}, ask: false },
  { shop: 'batteries', text: 'e lấy 1 bình gs 5ah. thôi khỏi nha', items: {}, ask: false },
  { shop: 'driedFruit', text: 'e lấy 1 túi xoài. à thôi khỏi nha shop', items: {}, ask: false },
  // within the sentence, a clause of only "thôi khỏi" takes back what came before it; what follows still orders
  { shop: 'eggTrays', text: 'e đặt 1 bó khay xám bó 50, à mà thôi khỏi', items: {}, ask: false },
  { shop: 'drillGear', text: 'lấy 2 mũi sắt 6mm, à mà thôi khỏi lấy nữa', items: {}, ask: false },
  { shop: 'drillGear', text: 'lấy 2 mũi sắt 6mm, à thôi ko lấy nữa', items: {}, ask: false },
  { shop: 'driedFruit', text: 'e lấy 1 túi xoài, mà thôi không mua nữa nha', items: {}, ask: false },
  { shop: 'importedFruit', text: 'cho e 1 hộp táo jazz, thôi khỏi, lấy 5 ký táo envy', items: { 'TAO-ENVY-KG': 5 }, ask: false },
  { shop: 'drillGear', text: 'lấy 2 mũi sắt 6mm, thôi khỏi giao e qua lấy', items: { 'MK-SAT-6': 2 }, ask: false },
  // negative: no need of the delivery, not of the goods
  { shop: 'batteries', text: 'e lấy 1 bình gs 5ah. thôi khỏi giao, e qua lấy', items: { 'AQ-GS-12V5': 1 }, ask: false },
  // negative: another order cancelled; a customer named Huy
  { shop: 'floodlights', text: 'lấy 2 đèn pha 100w trắng. Hủy đơn hôm qua giúp e nhé', items: { 'DP100-TR': 2 }, ask: false },
  { shop: 'knives', text: 'Đơn của em: 2 dao lọc, 1 dao phay, 1 kéo bếp. Tên Huy, sđt 0868 303 404', items: { 'DLOC-15': 2, 'DPHAY-20': 1, 'KEO-GA': 1 }, ask: false },
  // a catalog word that names no goods ("để" of "Bình hoa để bàn") does not keep the sentence from cancelling
  { shop: 'vases', text: 'lấy 1 bình lam 30. à thôi hủy, để sang năm', items: {}, ask: false },
  // "thôi bỏ đi" with nothing named: what came before it is taken back, what follows orders
  { shop: 'chieuDinhYen', text: 'e đặt 2 túi lác M. Thôi bỏ đi, lấy 2 túi L', items: { 'TX-L': 2 }, ask: false },
  { shop: 'chieuDinhYen', text: 'e đặt 2 túi lác M, thôi bỏ đi nha', items: {}, ask: false },
  // (not "bỏ" + goods, which takes back that line only: drop-lines.ts)
  { shop: 'chieuDinhYen', text: 'e đặt 2 túi lác M, 2 túi lác L, thôi bỏ túi L đi', items: { 'TX-M': 2 }, ask: false },
  // "thôi bỏ", "thôi hủy" closing their clause, before what is taken instead (typed bare in a message typed so)
  { shop: 'dongKy4', text: 'đặt 1 đồng hồ cây. thôi bỏ, lấy tượng di lặc 50cm thay nhé', items: { 'DL-HUONG-50': 1 }, ask: false },
  { shop: 'dongKy4', text: 'dat 1 dong ho cay. thoi bo, lay tuong di lac 50cm thay nhe', items: { 'DL-HUONG-50': 1 }, ask: false },
  { shop: 'bronzeNamTruc', text: 'lấy 1 đỉnh 40. thôi hủy, lấy đỉnh 50', items: { 'DINH-50': 1 }, ask: false },
];

describeCorpus('take-back', EXAMPLES);
