/** Review rule headless-line (core/parser/rules/headless-line.ts): beside items named in full, a line whose words never name the kind of product placed (only a modifier of its name, or a guessed word with no number) asks. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: a modifier of another product's name is another thing the shop may not sell
  { shop: 'hats', text: 'lấy 1 quai nón đỏ với 1 bài thơ', items: { 'QN-DO': 1 }, ask: true },
  { shop: 'herbs', text: '1 hộp trà gừng với 1 mật ong', items: { 'TRA-GUNG': 1 }, ask: true },
  // negative: alone in a message, a modifier is the customer's short name for the product
  { shop: 'hats', text: 'bài thơ 2 chiếc', items: { 'NL-BT': 2 }, ask: false },
  { shop: 'herbs', text: 'mật ong 2 hộp', items: { 'TRA-GUNG': 2 }, ask: false },
  // negative: a list item that drops the head noun an earlier item gave, and the same product named again
  { shop: 'hats', text: '2 quai nón đỏ, 1 quai tím', items: { 'QN-DO': 2, 'QN-TIM': 1 }, ask: false },
  { shop: 'herbs', text: '2 hộp trà gừng, thêm 1 hộp trà gừng nữa', items: { 'TRA-GUNG': 3 }, ask: false },
  { shop: 'silver', text: 'lấy 2 bông tai đỏ, gửi qua bưu điện', items: { 'BONG-DO': 2 }, ask: false },
  // a colour word opening the product's own name is its kind ("Cam canh ghép cao 60cm" is an orange tree)
  { shop: 'seedlings', text: 'cho mình 3 cây cam canh với 3 cây cam vinh', items: { 'CAM-CANH-60': 3, 'CAM-VINH-60': 3 }, ask: false },
  // and still a colour after another head noun ("lục bình … màu xanh")
  { shop: 'stone', text: 'cho mình 1 lục bình 60cm màu đỏ, à không đổi sang màu xanh', items: { 'LB-XANH-60': 1 }, ask: false },
  // the words of a whole alias name the product, though they are colours too ("hồng trắng" for white roses)
  { shop: 'daLatFlowers', text: 'lấy 2 hồng trắng 1 hồng vàng', items: { 'HONG-TRANG': 2, 'HONG-VANG': 1 }, ask: false },
  { shop: 'essentialOils', text: 'Chị lấy ba lọ bạc hà, hai lọ quế 50ml nhé', items: { 'TD-BH-10': 3, 'TD-QUE-50': 2 }, ask: false },
];

describeCorpus('headless-line', EXAMPLES);
