/**
 * The goods a correction put in place of a line, named again with their amount in the same message, restate that
 * line ("… à đổi thành gạo lứt đi, 2 xấp gạo lứt": two packs, not four); "thêm … nữa" still adds (core/parser/place.ts,
 * addLine).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'riceCrackersThoHa', text: 'cho em 2 xấp bánh đa siêu mỏng... à đổi thành gạo lứt đi, 2 xấp gạo lứt', items: { 'BDN-GAOLUT': 2 }, ask: false },
  { shop: 'silverDongXam', text: 'cho e 2 đôi bông tai nụ... ay nhầm, khuyên tròn cơ, 2 đôi khuyên tròn', items: { 'BT-TRON': 2 }, ask: false },
  // negative: more of them, said so, adds
  { shop: 'riceCrackersThoHa', text: 'cho em 2 xấp bánh đa siêu mỏng... à đổi thành gạo lứt đi, thêm 1 xấp gạo lứt nữa', items: { 'BDN-GAOLUT': 3 }, ask: false },
];

describeCorpus('restated correction', EXAMPLES);
