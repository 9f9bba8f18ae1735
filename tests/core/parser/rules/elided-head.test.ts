/** Reader elided-head (core/parser/elided-head.ts): a list item that says only its grade or size ("…, loại B 2 lạng", "…, 30ml 1 lọ") names the sibling of the item before. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: the grade or the measure alone replaces the one of the item before
  { shop: 'herbs', text: 'kỷ tử đỏ loại A 3 lạng, loại B 2 lạng', items: { 'KY-TU-A': 3, 'KY-TU-B': 2 }, ask: false },
  { shop: 'herbs', text: 'tinh dầu quế 10ml 2 lọ, 30ml 1 lọ', items: { 'QUE-10': 2, 'QUE-30': 1 }, ask: false },
  { shop: 'hats', text: 'nón lá trắng 40cm 2 chiếc, 45cm 1 chiếc', items: { 'NLT-40': 2, 'NLT-45': 1 }, ask: false },
  // negative: a grade or a size no sibling has asks, never drops the item or places a sibling
  { shop: 'herbs', text: 'kỷ tử đỏ loại A 3 lạng, loại C 2 lạng', items: { 'KY-TU-A': 3 }, ask: true },
  { shop: 'herbs', text: 'tinh dầu quế 10ml 2 lọ, 50ml 1 lọ', items: { 'QUE-10': 2 }, ask: true },
  { shop: 'hats', text: 'nón lá trắng 40cm 2 chiếc, 50cm 1 chiếc', items: { 'NLT-40': 2 }, ask: true },
  // positive: a count, then a size with no noun ("thêm 2 cái 45cm")
  { shop: 'hats', text: '1 nón lá trắng 40cm, thêm 2 cái 45cm', items: { 'NLT-40': 1, 'NLT-45': 2 }, ask: false },
  // negative: a size the head noun does not come in asks, never adds to the line before
  { shop: 'silver', text: '1 đỉnh đồng 30cm, thêm 2 cái 40cm', items: { 'DINH-30': 1 }, ask: true },
  { shop: 'hats', text: '2 nón lá trắng 40cm, 1 chiếc 50cm', items: { 'NLT-40': 2 }, ask: true },
  // negative: the letter sizes of a list ("1 M, 1 L") keep their own reader
  { shop: 'silver', text: '1 vòng tay bạc trơn S, 1 M', items: { 'VT-S': 1, 'VT-M': 1 }, ask: false },
  // a shape word and a number after a line: the shape and size of the next item, not one more of the line's size
  { shop: 'frames', text: 'đồng hồ tròn 30 một cái, tròn 40 một cái', items: { 'DH-TREO-30': 1, 'DH-TREO-40': 1 }, ask: false },
  { shop: 'lanterns', text: 'đèn lồng tròn đỏ 30 hai cái, tròn 40 một cái', items: { 'DL-TRON-DO-30': 2, 'DL-TRON-DO-40': 1 }, ask: false },
  // a size in centimetres times a count ("30cm x 2") is that many of that size, not an area of 30 cm by 2 cm
  { shop: 'lanterns', text: 'Đèn bí cam: 30cm x 2, 40cm x 1', items: { 'DL-BI-CAM-30': 2, 'DL-BI-CAM-40': 1 }, ask: false },
  { shop: 'hats', text: 'nón lá trắng: 40cm x 2, 45cm x 1', items: { 'NLT-40': 2, 'NLT-45': 1 }, ask: false },
  // a count with its classifier, then a bare length of a sibling: "1 cái 130" after "thắt lưng 120"
  { shop: 'exoticLeather', text: 'lấy 1 thắt lưng 120, thêm 1 cái 130 nữa', items: { 'TL-120': 1, 'TL-130': 1 }, ask: false },
  { shop: 'plaster', text: 'lấy 2 tượng di lặc 30, à thôi 1 cái 30 với 1 cái 50', items: { 'TUONG-PHAT-30': 1, 'TUONG-PHAT-50': 1 }, ask: false },
  // a count with its classifier, then a size word where the item before has another ("to" … "2 cây nhỏ")
  { shop: 'ropeBrooms', text: 'Cho e 2 cây chổi chít to và 2 cây nhỏ', items: { 'CC-TO': 2, 'CC-NHO': 2 }, ask: false },
  { shop: 'pancakes', text: 'mai e ghé lấy 10 cái xèo tôm thịt nhỏ, 10 cái lớn', items: { 'BX-TOM-THIT-NHO': 10, 'BX-TOM-THIT-LON': 10 }, ask: false },
  // negative: the size word goes on naming another thing ("1 chai to 45 độ")
  { shop: 'cornLiquor', text: 'lấy 1 can nhỏ 40 độ + 1 chai to 45 độ', items: { 'RN40-CAN2': 1, 'RN45-C1L': 1 }, ask: false },
  // negative: a classifier that heads products of its own ("3 khay 20") names them, no sibling of the pot
  { shop: 'plantPots', text: 'chậu vuông trắng 20cm 3 cái với 3 khay 20', items: { 'VUONG-20-TRANG': 3, 'KHAY-20': 3 }, ask: false },
  // negative: a bare number after "1 cái" that no sibling of the goods bought before carries is no second amount: ask
  // (130, which one does, names it: more-of-sibling-after-past.test.ts)
  { shop: 'exoticLeather', text: 'Hôm trước a đặt 2 thắt lưng 120 rồi, giờ lấy thêm 1 cái 150 nữa', items: {}, ask: true },
  // a counted container and a measure no sibling's name carries: what each holds of the sibling sold by that measure
  { shop: 'molasses', text: 'mật mía 2 chai 500ml với 1 can 5 lít', items: { 'MM-500': 2, 'MM-LIT': 5 }, ask: false },
  { shop: 'lotusHue', text: 'Lấy e 2 chai rượu sen và 1 can 2 lít', items: { 'RUOU-500': 2, 'RUOU-LIT': 2 }, ask: false },
  // negative: a container that heads goods of its own names them
  { shop: 'potteryBauTruc', text: 'e cần 1 chum 50 lít với 2 hũ 5 lít', items: { 'CHUM-50L': 1, 'HU-5L': 2 }, ask: false },
  // counted in pairs too: a bare number of the kind the item was told by names its sibling
  { shop: 'shoesTanLap', text: 'giày tây đen 41 lấy 1 đôi, thêm 1 đôi 42 nữa', items: { 'GTN-DEN-41': 1, 'GTN-DEN-42': 1 }, ask: false },
  { shop: 'shoesTanLap', text: 'lấy 2 đôi sandal nữ 36 với 1 đôi 38 nha c', items: { 'SDU-36': 2, 'SDU-38': 1 }, ask: false },
];

describeCorpus('elided-head', EXAMPLES);
