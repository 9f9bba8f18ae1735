/** Review rule dropped-phrase (core/parser/rules/dropped-phrase.ts): a product phrase in an ordering message that no line or question accounts for is asked about, never dropped. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a bare ingredient after "ko", "ít", "nhiều" is how to make the dish, not an item
  { shop: 'bunCha', text: '1 suất thường ko hành nhé', items: { 'BC-THUONG': 1 }, ask: false },
  { shop: 'bunCha', text: 'quán ơi cho 3 bún chả thường mang đi, ít rau nhé', items: { 'BC-THUONG': 3 }, ask: false },
  { shop: 'spices', text: 'lấy 2 hũ chẳm chéo, ít ớt nhé', items: { 'CHAM-CHEO': 2 }, ask: false },
  // a capitalized number word before a capitalized word is a place ("Ba Đình", "Hai Bà Trưng"), not an amount
  { shop: 'spices', text: 'đặt 2kg hồi loại 2 giao về 15 Trần Phú, Ba Đình', items: { 'HOI-L2': 2 }, ask: false },
  { shop: 'silver', text: 'lấy 2 đôi bông tai đá xanh giao về 12 Lê Lợi, Hai Bà Trưng', items: { 'BONG-XANH': 2 }, ask: false },
  // negative: a product with its own amount after the note words still orders
  { shop: 'bunCha', text: '1 suất thường, không lấy nem, thêm 2 nem cua', items: { 'BC-THUONG': 1, 'NEM-CUA': 2 }, ask: false },
  // negative: after a placed line, words naming no kind of thing say what the goods are for
  { shop: 'sauce', text: 'cho e 5 hũ tiêu đen ạ, e bán lại', items: { 'TIEU-DEN': 5 }, ask: false },
  { shop: 'sweets', text: 'e mua 3 đèn lồng tròn đỏ 30cm để treo cổng ạ', items: { 'DEN-30': 3 }, ask: false },
  // positive: a second item the reading could not pair is asked about
  { shop: 'herbs', text: 'cho e 1kg long nhãn vs hạt sen', items: { 'LONG-NHAN': 1 }, ask: true },
  { shop: 'silk', text: 'lấy 2 khăn đỏ, với cả túi lụa', items: { 'KL-DO': 2 }, ask: true },
  // negative: a purpose, a beneficiary, a delivery place, a question about another product
  { shop: 'silk', text: 'lấy 2 khăn đỏ làm quà cho mẹ', items: { 'KL-DO': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 3 lạng cam thảo, giao về Long Biên', items: { 'CAM-THAO': 3 }, ask: false },
  { shop: 'silver', text: 'lấy 1 đỉnh đồng 30cm cho 2 bé', items: { 'DINH-30': 1 }, ask: false },
  // the customer's own child or pet, said for context ("bé nhà e", "mèo nhà em"), is no item
  { shop: 'kidsKnits', text: 'bé nhà e 6 tháng, lấy 1 mũ len', items: { 'MU-SS': 1 }, ask: false },
  { shop: 'pets', text: 'mèo nhà em 4 tháng tuổi, lấy 1 hộp súp thưởng', items: { 'SUP-12': 1 }, ask: false },
  // in a clause that adds more ("thêm … nữa", "extra"), goods placed from an earlier clause are no re-mention
  { shop: 'shadeNets', text: 'lay 10m luoi 32 mesh kho 2m, them 5m nua', items: { 'LCT-32-2': 10 }, ask: true },
  { shop: 'potsThanhHa6', text: 'Could I buy one tea set and six extra tea cups?', items: { 'AM-CHEN-6': 1 }, ask: true },
  { shop: 'glassMirrors', text: 'kinh cuong luc 10 ly 3m2, them 1m2 nua', items: { 'KCL-10': 3 }, ask: true },
  // negative: the more itself, said with its goods, is placed
  { shop: 'shadeNets', text: 'lay 10m luoi 32 mesh kho 2m, them 5m luoi 32 mesh kho 2m nua', items: { 'LCT-32-2': 15 }, ask: false },
  // negative: goods ruled out after the order ("thì thôi", "ko cần") are no lost item
  { shop: 'banhChung', text: 'mình lấy 2 cây giò lụa 1kg nha, giò bò thì thôi', items: { 'GIO-1KG': 2 }, ask: false },
  { shop: 'spices', text: 'ok vậy lấy 2 hũ chẳm chéo, còn muối chấm thì thôi', items: { 'CHAM-CHEO': 2 }, ask: false },
  { shop: 'nhiKheWood', text: 'quân cờ tướng 4cm lấy 1, bàn cờ 60x60 lấy 1, combo thì thôi', items: { 'CT-4': 1, 'BAN-CT': 1 }, ask: false },
  // positive: "thôi" after an amount is "only", no ruling out: the goods it follows are still asked about
  { shop: 'coconutOils', text: 'xa bong hop 5 banh 1 hop, son dua 5 thoi', items: { 'XB-HOP5': 1 }, ask: true },
];

describeCorpus('dropped-phrase', EXAMPLES);
