/**
 * After lines were said, "bỏ" + a product phrase takes back the line it names (or the amount said of it), not the
 * whole order (also with the product first: "Áo M bỏ nhé"); a phrase that names no line of the message is about an
 * earlier order and orders nothing here.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // goods left for later, "để sau" closing the clause
  { shop: 'artichokeTraiMat', text: 'Hộp quà tết 3 hộp, giỏ quà 2 giỏ. À thôi giỏ quà để sau, lấy hộp quà trước', items: { 'HOP-QUA-TET': 3 }, ask: false },
  { shop: 'shelves', text: 'lấy 1 kệ 4 tầng 60 thôi, bánh xe để sau', items: { 'KE-4T-60': 1 }, ask: false },
  // ... or for a time to come, "để lần sau", "để dịp khác" (typed bare too)
  { shop: 'incenseQuangPhuCau3', text: 'quế 30 10 bó, quế 40 10 bó... thôi quế 40 để lần sau', items: { 'HQ-30': 10 }, ask: false },
  { shop: 'rattanBaoLa', text: '2 giỏ size L, 1 sọt giặt. Thôi sọt giặt để lần sau', items: { 'GIO-L': 2 }, ask: false },
  { shop: 'castIronPans', text: 'e lay 2 noi hap 2 tang, 1 noi hap 3 tang. thoi noi 3 tang de lan sau', items: { 'NH2-28': 2 }, ask: false },
  { shop: 'nguXaBronze', text: 'Lấy 1 tượng Di Lặc 30 thôi nhé, tượng 50 để dịp khác', items: { 'DILAC-30': 1 }, ask: false },
  // (after "còn", goods not ordered wait; the rest stands)
  { shop: 'seedlingsChoLach', text: 'Anh lấy 3 cây sầu riêng musang king, 2 cây măng cụt, còn cây vú sữa thì để đợt sau', items: { 'SR-MUSANG': 3, 'MANG-CUT': 2 }, ask: false },
  // the product named first, "bỏ" closing the clause
  { shop: 'tshirts', text: 'đặt 2 áo đen S, 1 áo đen M. Áo M bỏ nhé', items: { 'AT-DEN-S': 2 }, ask: false },
  { shop: 'pets', text: 'đặt 2 vòng cổ S, 1 vòng cổ L. Vòng L thôi bỏ nhé', items: { 'VC-S': 2 }, ask: false },
  { shop: 'omai', text: '2 hộp quà Tết 6 ngăn với 2 hộp 4 ngăn, à bỏ 2 hộp 4 ngăn đi nhé', items: { 'HOP-TET-6': 2 }, ask: false },
  { shop: 'lanterns', text: 'lấy 2 đèn tròn đỏ 30cm với 1 móc treo, à thôi bỏ móc treo nhé', items: { 'DL-TRON-DO-30': 2 }, ask: false },
  { shop: 'sweetsNorth', text: 'lấy 3 gói chè lam gừng 200g và 2 gói chè lam lạc 200g, bỏ 1 gói chè lam lạc', items: { 'CL-GUNG-200': 3, 'CL-LAC-200': 1 }, ask: false },
  // positive: the one of a size, after a classifier ("bỏ cái 20cm")
  { shop: 'toys', text: 'lấy 1 trống ếch 20cm với 1 trống ếch 30cm, à bỏ cái 30cm đi', items: { 'TRONG-20': 1 }, ask: false },
  { shop: 'cameraGear', text: '1 kính lọc uv 67 với 1 kính lọc uv 58, thôi bỏ cái 58', items: { 'UV-67MM': 1 }, ask: false },
  // negative: nothing of that kind was ordered in this message: it is about an earlier order, and changes nothing here
  { shop: 'omai', text: 'lấy 2 gói mơ 200g, à bỏ chè cốm đi', items: { 'OM-MO-200': 2 }, ask: false },
  { shop: 'bunCha', text: 'lấy 2 suất đặc biệt, bỏ trà đá đi', items: { 'BC-DB': 2 }, ask: false },
  // a count before the classifier and size: "bỏ 2 cái 30"
  { shop: 'drums', text: '2 trống trường 40 với 2 trống trường 30, à bỏ 2 cái 30 đi nhé', items: { 'TT-40': 2 }, ask: false },
  // taking back a product with nothing ordered in the message: about an earlier order; it orders nothing
  { shop: 'electricFans', text: 'e đặt nhầm, bỏ cái quạt bàn hồng đi nhé', items: {}, ask: false },
  { shop: 'textbooks', text: 'mình đặt nhầm, bỏ 1 bộ lớp 4 đi nhé', items: {}, ask: false },
  { shop: 'hairDye', text: 'c ơi e đặt nhầm, bỏ giúp e 2 tuýp 5.6 nha', items: {}, ask: false },
  // typed bare, "bo" right after "thôi" with "đi" closing the clause is "bỏ"
  { shop: 'daHoiPlastics', text: 'cho e 1 ro 40 xanh, 1 ro 40 hong, a ma thoi bo cai xanh di', items: { 'RO-40-HONG': 1 }, ask: false },
  { shop: 'nemDongVe', text: 'cho e 1 goi nem 10 cai co ot, 1 goi nem 10 cai khong ot, a ma thoi bo goi khong ot di', items: { 'NC-G10-OT': 1 }, ask: false },
  // negative: elsewhere "bo" is "bộ", a set
  { shop: 'daHoiPlastics', text: 'cho e 1 ro 40 hong, them 1 bo 3 ro xanh', items: { 'RO-40-HONG': 1, 'BO3-RO-XANH': 1 }, ask: false },
  // negative: "bỏ" with no product before it cancels the order as before
  { shop: 'omai', text: 'bỏ đơn ô mai mơ giúp em', items: {}, ask: false },
  // after the classifier, what tells one line of the message from the others: a colour, a size, a word of its name
  { shop: 'bonsaiMyDong', text: '2 linh sam tím, 1 linh sam trắng. thôi bỏ cây trắng đi', items: { 'LINHSAM-TIM': 2 }, ask: false },
  { shop: 'incenseThanhLuong', text: 'bát hương 14 x1, bát hương 18 x1, thôi bỏ cái 14 đi', items: { 'BH-18': 1 }, ask: false },
  { shop: 'bronzeThanhThuy', text: 'ngựa vàg 1 con, ngựa giã cổ 1 con, thôi bỏ con vàg đi', items: { 'NGUA-GC-30': 1 }, ask: false },
  // ("cái" there says which line, no amount: the whole line goes, however many were said)
  { shop: 'brocadeMaiChau', text: 'khăn quàng đỏ 2, khăn quàng chàm 2, thôi bỏ cái chàm đi', items: { 'KQ-DO': 2 }, ask: false },
  { shop: 'lacquerVanDiem', text: 'hop vuong do 3, hop vuong den 2, thoi bo cai den di', items: { 'HOP-VUONG-DO': 3 }, ask: false },
  { shop: 'lacquerAltars', text: 'e đặt 2 khung 13x18 đen, 2 khung 13x18 đỏ, thôi bỏ cái đỏ đi', items: { 'KA-1318-DEN': 2 }, ask: false },
  // (a count with it takes that many off)
  { shop: 'brocadeMaiChau', text: 'khăn quàng đỏ 2, khăn quàng chàm 2, thôi bỏ 1 cái chàm đi', items: { 'KQ-DO': 2, 'KQ-CHAM': 1 }, ask: false },
  // (what tells no line apart, or two lines alike, takes nothing back by it)
  { shop: 'incenseThanhLuong', text: 'bát hương 14 x1, bát hương 18 x1, thôi bỏ cái 22 đi', items: { 'BH-14': 1, 'BH-18': 1 }, ask: false },
  // "huỷ" + goods after lines ordered takes that line back, the rest stands; "hủy đi em" cancels the whole
  { shop: 'incenseThanhLuong', text: 'Dầu thắp đèn 2 lít. Nến bơ 8h 1 túi. Hủy nến đi, chỉ dầu thôi', items: { 'DAU-THAP': 2 }, ask: false },
  { shop: 'phuLang', text: 'chậu lớn 1 cái, hủy chậu nhỏ đi nhé', items: { 'CHAU-40': 1 }, ask: false },
  { shop: 'school', text: 'e lấy 1 balo size M, huỷ cái balo S hôm qua giúp e', items: { 'BALO-M': 1 }, ask: false },
  { shop: 'phuBinhLanterns', text: 'lấy 2 đèn kéo quân nhé, à mà thôi hủy đi em', items: {}, ask: false },
];

describeCorpus('drop-lines', EXAMPLES);
