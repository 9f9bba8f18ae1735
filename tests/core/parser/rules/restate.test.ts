/**
 * A later clause that names no product, only an amount in the terms of the line just placed, and says it corrects
 * ("thôi", "xin lỗi", "à không") or reduces ("bớt", "bỏ") gives that line its new amount.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // "đổi lại N …": changed again to an amount
  { shop: 'charcoal', text: 'cho 3 hộp mồi lửa 32 viên, đổi lại 2 hộp thôi', items: { 'ML-32': 2 }, ask: false },
  { shop: 'fishCakes', text: 'e lấy 2 gói chả thu, đổi lại 1 gói thôi nhé', items: { 'CC-THU': 1 }, ask: false },
  // "… , 2 bộ" after a phrase placed as an implied one gives it that amount
  { shop: 'oils', text: 'em lấy bộ 4 lọ tinh dầu chứ ko lấy lẻ nha, 2 bộ', items: { 'SET-TD-4': 2 }, ask: false },
  { shop: 'kites', text: 'e muốn diều rồng loại dài nhất, 1 cái', items: { 'RONG-5M': 1 }, ask: false },
  // broken off at "..." then "thôi": the line before is taken back
  { shop: 'combs', text: 'cho chị 2 lược trắng 15... thôi bỏ, lấy 2 lược trắng 18', items: { 'LS-TRANG-18': 2 }, ask: false },
  { shop: 'shrimpPaste', text: 'mắm tép chưng thịt 200g lấy 1 hũ... thôi lấy hũ 400g cho tiện', items: { 'MTEP-400': 1 }, ask: false },
  // an amount broken off at "..." and started again ("à", "à nhầm", "thôi") was abandoned; nothing to ask about it
  { shop: 'bunCha', text: '1 thùng... à không, 10 lon bia hà nội thôi', items: { 'BIA-HN': 10 }, ask: false },
  { shop: 'flowers', text: 'e lấy 2 goi... à 2 cái chậu sứ 30 ạ', items: { 'CHAU-SU-30': 2 }, ask: false },
  { shop: 'canvas', text: 'mình lấy 7 lạng... à nhầm, lấy 2 mét vải mộc', items: { 'VAI-CANVAS-1M5': 2 }, ask: false },
  // negative: an ellipsis with no new start leaves the amount unexplained: ask
  { shop: 'flowers', text: 'e lấy 2 gói... 2 cái chậu sứ 30 nữa', items: { 'CHAU-SU-30': 2 }, ask: true },
  // a particle after the restated amount ("3 cái nha") is no product
  { shop: 'baskets', text: 'cho e 2 cái túi 35cm, à không 3 cái nha', items: { 'TX-35': 3 }, ask: false },
  { shop: 'rugs', text: 'lấy 2 đôi dép cói size 38, à không 3 đôi nhé', items: { 'DEP-COI-38': 3 }, ask: false },
  { shop: 'sweets', text: 'cho 4 hộp pía sầu riêng trứng, xin lỗi 3 hộp thôi ạ', items: { 'PIA-SR-TM': 3 }, ask: false },
  { shop: 'silk', text: 'mua 3 mét lụa tơ tằm, mà thôi lấy 5 mét cho chắc', items: { 'LT-M': 5 }, ask: false },
  { shop: 'sauce', text: 'lấy 3 chai mắm 40 độ 500ml, bớt 1 chai', items: { 'NM40-500': 2 }, ask: false },
  { shop: 'sauce', text: '4 lạng tôm khô A, à không lấy 6 lạng', items: { 'TOM-A': 0.6 }, ask: false },
  { shop: 'herbs', text: 'cho e 3 hộp trà gừng, bỏ 1 hộp, còn 2', items: { 'TRA-GUNG': 2 }, ask: false },
  // a correction naming the other sibling: by what it is not ("à ko phải X, Y"), or by its size or volume
  { shop: 'sauce', text: 'lấy 2 hũ tiêu đen, à ko phải đen, đỏ nhé', items: { 'TIEU-DO': 2 }, ask: false },
  { shop: 'sweets', text: 'lấy 2 đèn lồng tròn đỏ 30cm, à nhầm 60cm', items: { 'DEN-60': 2 }, ask: false },
  { shop: 'sauce', text: 'lấy 4 chai mắm 40 độ 500ml, à nhầm, 750ml', items: { 'NM40-750': 4 }, ask: false },
  // a total after "đủ", "là": the line's amount with the others of the same product
  { shop: 'sauce', text: 'cho mình 2 hũ tiêu đen, thôi lấy thêm 2 hũ nữa cho đủ 4', items: { 'TIEU-DEN': 4 }, ask: false },
  { shop: 'sauce', text: 'e lấy 2 hũ tiêu đen, thêm 1 hũ tiêu đen nữa là 3', items: { 'TIEU-DEN': 3 }, ask: false },
  // what follows "chứ không" is ruled out, the order before it stands
  { shop: 'sweets', text: 'e lấy 1 đèn lồng tròn đỏ 30cm riêng chứ ko lấy móc treo nha', items: { 'DEN-30': 1 }, ask: false },
  // negative: an amount in other terms than the line's is not a restatement; "thêm" adds
  { shop: 'sauce', text: 'lấy 3 chai mắm 40 độ 500ml, 2 hũ thôi', items: { 'NM40-500': 3 }, ask: true },
  { shop: 'herbs', text: 'cho e 3 hộp trà gừng, thêm 1 hộp nữa', items: { 'TRA-GUNG': 4 }, ask: false },
  // "à" right before an amount alone takes it back
  { shop: 'mushrooms', text: 'cho 2 kg đùi gà, à 3 kg đi', items: { 'DUI-GA': 3 }, ask: false },
  { shop: 'fans', text: 'lấy 3 quạt hoa 30, à 5 cái đi', items: { 'QG-HOA-30': 5 }, ask: false },
  // a clause opening on "à" or "thôi" that names a product in the cart again says how much of it
  { shop: 'sweetsNorth', text: 'bánh gai đậu 2 chục, bánh gai dừa 1 chục. À bánh gai dừa cho chị 2 chục luôn', items: { 'BG-DAU': 2, 'BG-DUA': 2 }, ask: false },
  { shop: 'sweetsNorth', text: 'bánh cáy hộp 500g lấy 3, à mà thôi lấy 2 hộp 500g với 1 hộp 300g', items: { 'BC-500': 2, 'BC-300': 1 }, ask: false },
  // negative: "à thêm … nữa" adds
  { shop: 'sweetsNorth', text: 'bánh gai dừa 1 chục, à thêm 1 chục bánh gai dừa nữa', items: { 'BG-DUA': 2 }, ask: false },
  // counted in the unit the line is sold in, a corrected number is the new amount, not a sibling's size ("túi 2kg")
  { shop: 'rice', text: 'lấy 3 túi st25 5kg. à không, 2 túi thôi', items: { 'ST25-5KG': 2 }, ask: false },
  { shop: 'omai', text: '5 gói mơ 200g, à không, 3 gói thôi', items: { 'OM-MO-200': 3 }, ask: false },
  // "cho chẵn 5" (to make an even five) is the total
  { shop: 'noodles', text: 'đặt 4 gói mì chũ 500g, thêm 1 gói nữa cho chẵn 5 nhé', items: { 'MICHU-500': 5 }, ask: false },
  { shop: 'mushrooms', text: 'cho 4 kg đùi gà, thêm 1 kg nữa cho chẵn 5kg nhé', items: { 'DUI-GA': 5 }, ask: false },
  // in the measure the line is sold by, or in a bare piece of goods sold by the piece: the new amount, no sibling
  { shop: 'seafoodNhonLy', text: 'lấy 2kg tôm tít, à không, lấy 1kg thôi', items: { 'TOM-TIT': 1 }, ask: false },
  { shop: 'fruitMienTay', text: 'xoài chu 3 ký, à thôi lấy 5 ký luôn', items: { 'XCC-KG': 5 }, ask: false },
  { shop: 'mugsBatTrang', text: 'Cốc in ảnh cho e 3 cái, à không, 2 cái thôi', items: { 'COC-ANH-350': 2 }, ask: false },
  // "vẫn" before the amount after a change: the amount kept
  { shop: 'driedFishTamNong', text: 'lấy 2 ký khô lóc vừa... à đổi thành khô lóc lớn nha, vẫn 2 ký', items: { 'CL-LON': 2 }, ask: false },
  { shop: 'beddingNamCao', text: 'lấy 2 vỏ gối nằm... à đổi thành vỏ gối ôm nhé, vẫn 2 cái', items: { 'VG-OM': 2 }, ask: false },
  // negative: a line named by its width takes the sibling of the width said after
  { shop: 'fenceWire', text: 'đặt b40 1m5 80m, à thôi lấy 1m8', items: { 'B40-1M8': 80 }, ask: false },
  // "cho tròn 30": a round total; "đèn tròn 40" is a name's word
  { shop: 'photoLaiXa', text: 'in ảnh 10x15 bóng 25 tấm, thêm 5 tấm nữa cho tròn 30', items: { 'IN-10X15-BONG': 30 }, ask: false },
  { shop: 'photoLaiXa', text: 'in ảnh 10x15 bóng 25 tấm, thêm 5 tấm nữa', items: { 'IN-10X15-BONG': 30 }, ask: false },
  { shop: 'bikes', text: 'chuông nhựa 8 cái, thêm 2 cái nữa cho tròn 10', items: { 'CHUONG-NHUA': 10 }, ask: false },
];

describeCorpus('restate', EXAMPLES);
