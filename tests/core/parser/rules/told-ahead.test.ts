/**
 * An order told ahead of time places nothing now: a time to come before the buying verb ("Ra Tết em đặt 2 tủ rượu",
 * "tháng 8 trung thu e lấy …", "tháng Chạp e … lấy", "Tuần sau c mới về quê, lúc đấy c qua lấy 10 quạt cọ"), and a message that says it tells
 * ahead, holds the price or will confirm later ("…, giờ báo trước thôi", "…, chị giữ giá cho em nha", "…, tháng sau em
 * chốt số lượng nha") (core/parser/later.ts, core/parser/time-words.ts). Not "hop qua tet" (a Tết gift box), "thang
 * 3 bậc" (a ladder), nor an order now with more to come. So does a customer who will tell it later, asks first or
 * will make up their mind first ("…, để chị báo sau", "…, giờ e hỏi trước giá", "sau rằm e chốt", "…, để e xin ý kiến
 * sếp đã"), but not one who leaves only the price or the fee for later ("…, phí ship báo sau nhé"), nor the goods
 * after "còn" ("…, còn bộ 3 thì để e hỏi ý bố e đã").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'woodDongKy', text: 'Ra Tết em đặt 2 tủ rượu 4 cánh cho khách sạn anh nhé', items: {}, ask: false },
  { shop: 'conicalHatsChuong', text: 'Tuần sau c mới về quê, lúc đấy c qua lấy 10 quạt cọ', items: {}, ask: false },
  { shop: 'conicalHatsChuong', text: 'Tháng sau đoàn khách Nhật sang, em lấy 30 nón vẽ phố cổ, giờ báo trước thôi', items: {}, ask: false },
  { shop: 'lacquerHaThai', text: 'Cuối tháng em mới lấy 10 khay mứt 7 ngăn, chị giữ giá cho em nha', items: {}, ask: false },
  { shop: 'ceramicsBatTrang', text: 'tháng Chạp e về quê sẽ ghé xưởng lấy đôi lộc bình 1m2', items: {}, ask: false },
  { shop: 'silkTanChau', text: 'tháng Chạp e mới lấy hộp quà tết, giờ đặt trước được ko', items: {}, ask: false },
  // negatives: a gift box of Tết typed bare, a ladder, an order now with more to come
  { shop: 'banhDaKe', text: 'hop qua tet 4 mon lay 3 hop', items: { 'HOP-TET': 3 }, ask: false },
  { shop: 'ladderShop', text: 'thang 3 bậc lấy 1 cái', items: {}, ask: true },
  { shop: 'conicalHatsChuong', text: '2 nón hoa đào nhé, tháng sau em lấy thêm', items: { 'NVE-DAO': 2 }, ask: false },
  // positive: "giờ chưa chốt", "giờ chưa cần": not now, says the customer
  { shop: 'xuLangSpecialties', text: 'Tết này em sẽ đặt 10 giỏ quà, giờ chưa chốt', items: {}, ask: false },
  { shop: 'huuLungCustardApples', text: 'Tết e sẽ đặt giỏ quà, giờ chưa chốt đâu', items: {}, ask: false },
  // positive: "có thì báo e", "… thì báo e, e lấy 10 thùng": tell me when the goods come
  { shop: 'huuLungCustardApples', text: 'Quýt Bắc Sơn bao giờ có hàng ạ? Có thì báo e lấy 10 cân', items: {}, ask: false },
  { shop: 'lucNganLychees', text: 'Khi nào có vải chính vụ thì báo e, e lấy 10 thùng', items: {}, ask: false },
  // negative: after an order already given, "thì báo e" asks about its price or its making
  { shop: 'batTrangLamps', text: 'Cho e 50 đèn ngủ men trắng 25cm, giá sỉ thì báo e nhé', items: { 'DN-25-TR': 50 }, ask: false },
  // positive: tell later, ask first, decide first
  { shop: 'mangoKeSach', text: 'Tết này chắc chị đặt 20 giỏ quà, để chị báo sau', items: {}, ask: false },
  { shop: 'squidCakesHaLong', text: 'tết này e lại lấy hộp quà như năm ngoái, để e xin ý kiến sếp đã', items: {}, ask: false },
  { shop: 'sedgeKimSon', text: 'Tết này chắc em đặt 5 giỏ quà, để em bàn với chồng đã', items: {}, ask: false },
  { shop: 'squidCakesHaLong', text: 'Sau rằm e lấy 3 hộp quà biếu nha shop', items: {}, ask: false },
  // positive: next month, near Tết, needing it then, telling then
  { shop: 'juteNamCao', text: 'Sau Tết chị mới cần 5 mét đũi nâu, lúc đó chị nhắn lại em nhé', items: {}, ask: false },
  { shop: 'bronzeDaiBai5', text: 'sang tháng em qua lấy bộ ấm chén đồng nhé', items: {}, ask: false },
  { shop: 'mangoHoaLoc', text: 'Tết này chắc e lấy giỏ quà, để gần Tết e nhắn lại', items: {}, ask: false },
  // positive: the price asked first, "giờ hỏi giá trước"
  { shop: 'duckMauSon', text: 'tháng sau cưới, e đặt 10 con vịt quay sau nhé, giờ hỏi giá trước', items: {}, ask: false },
  { shop: 'pineapplePhungHiep', text: 'Tết em đặt giỏ quà sau, giờ hỏi giá trước thôi', items: {}, ask: false },
  // positive: "để anh báo lại sau", "nhưng chưa chốt", "rồi chốt sau"; "có thì báo e lấy 2 cái" whatever number before
  { shop: 'silverDongXam4', text: 'Tết này chắc anh lấy 5 hộp quà Tết, để anh báo lại sau', items: {}, ask: false },
  { shop: 'chickenDongTao2', text: 'Tết này em định đặt 10 set quà nhưng chưa chốt, để em báo lại', items: {}, ask: false },
  { shop: 'brocadeTaVan', text: 'Tết này chắc cty e lấy combo Tết, để e chốt số lượng với sếp rồi báo lại shop', items: {}, ask: false },
  { shop: 'drumsNhatTan', text: 'Bao giờ có lại trống 60 vậy a, có thì báo e lấy 2 cái', items: {}, ask: false },
  // negative: the shop asked to tell back, after an order now
  { shop: 'drumsNhatTan', text: 'lấy 2 trống 60 nhé, shop báo lại giúp e phí ship', items: { 'TD-60': 2 }, ask: false },
  // negative: "nhãn" (longans) after a time to come is no "nhắn"
  { shop: 'mangoHoaLoc', text: 'lấy 2 giỏ quà Tết nha, tuần sau lấy thêm nhãn', items: { 'GIO-TET': 2 }, ask: false },
  // negative: the price or fee told later, the goods after "còn" waiting, paying first
  { shop: 'mocChau', text: 'mận hậu lấy 10kg, phí ship báo sau nhé', items: { 'MAN-TUOI': 10 }, ask: false },
  { shop: 'bronzePhuocKieu', text: 'lấy 1 bộ chiêng 5 trước, còn bộ 3 thì để e hỏi ý bố e đã', items: { 'CC-BO5': 1 }, ask: false },
  { shop: 'mangoKeSach', text: 'chị lấy 2 giỏ quà tết nha, để chị chuyển khoản đã', items: { 'COMBO-TET': 2 }, ask: false },
  // negative: the mind made up in the next sentence, and "còn" amid the clause, leave the reading as it was
  { shop: 'huTieuMyTho', text: 'hủ tiếu tươi 1 ký, để e hỏi vợ đã... ok lấy 2 ký', items: {}, ask: true },
  { shop: 'kimBong2', text: 'xếp hình lấy 2 bộ, một bộ 50 khối còn bộ kia để e hỏi con đã', items: {}, ask: true },
  // negative: "giờ chưa" of something other than ordering ("giờ chưa có tiền") leaves the order standing
  { shop: 'xuLangSpecialties', text: 'lấy 2 giỏ quà Tết nhé, giờ chưa có tiền thì e ck sau', items: { 'GIO-TET': 2 }, ask: false },
];

describeCorpus('told-ahead', EXAMPLES);
