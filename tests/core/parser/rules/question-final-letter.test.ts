/**
 * "có k shop", "còn ko": a lone question-final negation ("k", "ko", "không") with only particles after it asks
 * "không?"; it is no product phrase even where a brand's name holds that letter ("K&F Concept", "K-Cup"), so the
 * amount in the next clause binds to what the question named (core/parser/noun-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'capsules', text: 'máy tạo bọt sữa cầm tay có k shop, e lấy 1', items: { 'TAO-BOT-CAM': 1 }, ask: false },
  { shop: 'capsules', text: 'phin nhôm còn k, lấy 2 cái', items: { 'PHIN-NHOM': 2 }, ask: false },
  { shop: 'cameraGear', text: 'kính lọc uv 77mm có k shop, mình lấy 1', items: {}, ask: true },
  { shop: 'cameraGear', text: 'nd1000 58mm có k, lấy 1', items: {}, ask: true },
  // negative: the letter that names the product inside an order still names it
  { shop: 'capsules', text: 'lấy 2 hộp k cup robusta', items: { 'KCUP-ROB-10': 2 }, ask: false },
];

describeCorpus('question-final-letter', EXAMPLES);
