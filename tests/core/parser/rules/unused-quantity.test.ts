/** Review rule unused-quantity (core/parser/rules/unused-quantity.ts): an amount with its unit in an ordering clause that no line took makes the reading ask. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: a second item or a changed amount the reading could not place asks instead of leaving the cart short
  { shop: 'herbs', text: 'lấy 2 hộp trà gừng với 1 hộp 50 gói', items: { 'TRA-GUNG': 2 }, ask: true },
  { shop: 'herbs', text: '3 lạng cam thảo, 2 lọ 30ml', items: { 'CAM-THAO': 3 }, ask: true },
  { shop: 'silver', text: 'lấy 2 bộ đũa bạc 10 đôi với 1 bộ 8 đôi', items: { 'DUA-10': 2 }, ask: true },
  { shop: 'silk', text: 'lấy 2 mét lụa may áo, với 3 hộp', items: { 'LT-M': 2 }, ask: true },
  // negative: a restated amount in the line's own terms is read (restate), not left over
  { shop: 'herbs', text: '3 lạng cam thảo, mà thôi lấy 5 lạng cho chắc', items: { 'CAM-THAO': 5 }, ask: false },
  { shop: 'silk', text: 'lấy 2 mét lụa may áo, thôi lấy 3 mét', items: { 'LT-M': 3 }, ask: false },
  // negative: a share given to someone, or a size after a size word, is no amount of its own
  { shop: 'silver', text: '2 bộ đũa bạc 10 đôi, 1 bộ cho mẹ 1 bộ cho em', items: { 'DUA-10': 2 }, ask: false },
  { shop: 'silk', text: '2 khăn đỏ khổ 1m2', items: { 'KL-DO': 2 }, ask: false },
  // negative: how to wrap or split the goods is no amount of them
  { shop: 'silver', text: 'lấy 2 bộ đũa bạc 10 đôi, gói 2 hộp riêng nhé', items: { 'DUA-10': 2 }, ask: false },
  // "x2 rồi thêm 2 bao nữa": "rồi" after an amount is "and then", no unknown product; the more adds to the line
  { shop: 'herbs', text: 'lấy trà gừng mật ong x2 rồi thêm 2 hộp nữa', items: { 'TRA-GUNG': 4 }, ask: false },
  { shop: 'driedSnacks', text: 'order bánh tráng trộn x1 rồi thêm 1 bịch nữa', items: { 'BTT': 2 }, ask: false },
  // a person's height or weight, given to choose the size, is no amount of goods
  { shop: 'tshirts', text: 'cho e 1 áo trắng size L, e cao 1m7 nặng 65kg', items: { 'AT-TR-L': 1 }, ask: false },
  { shop: 'jackets', text: 'lấy 1 áo gió nam đen L, a cao 1m72 nặng 70kg', items: { 'GIO-NAM-DEN-L': 1 }, ask: false },
  // negative: shares of a line sent to different places, adding up to it
  { shop: 'banhDay', text: 'lấy 2 hộp quà quê, 1 hộp gửi Hà Nội 1 hộp gửi Bắc Ninh nhé', items: { 'HOP-QUA-QUE': 2 }, ask: false },
  { shop: 'sonLaSmoked', text: 'mua 3 hộp quà tết, 2 hộp gửi Hà Nội 1 hộp gửi Vinh', items: { 'COMBO-TET': 3 }, ask: false },
  // positive: shares that do not add up to the line are still asked about
  { shop: 'sonLaSmoked', text: 'mua 3 hộp quà tết, 2 hộp gửi Hà Nội 2 hộp gửi Vinh', items: { 'COMBO-TET': 3 }, ask: true },
];

describeCorpus('unused-quantity', EXAMPLES);
