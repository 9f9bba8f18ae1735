/**
 * "mỗi loại thêm 1 hũ nữa" after lines that each said their amount adds that amount to every line the message placed
 * (core/parser/bind.ts), not to the last one only. Lines still waiting for an amount ("thêm bún thêm chả mỗi thứ 1
 * phần") take it as "mỗi" says.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'babyPorridge', text: 'cho mình 1 hũ ruốc cá hồi, 1 hũ ruốc thịt heo, mỗi loại thêm 1 hũ nữa', items: { 'RUOC-CH': 2, 'RUOC-HEO': 2 }, ask: false },
  { shop: 'catHaiFishSauce', text: 'mắm tôm 500g 2 hũ, mắm tôm 200g 2 hũ, mỗi loại thêm 1 hũ nữa', items: { 'MT-500': 3, 'MT-200': 3 }, ask: false },
  { shop: 'doorMats', text: 'cho mình 1 thảm hoa cúc, 1 thảm cà phê, mỗi loại thêm 1 tấm nữa', items: { 'TB-CUC-5080': 2, 'TB-CF-5080': 2 }, ask: false },
  { shop: 'banhDaKe', text: 'Lấy 2 xấp bánh đa mỏng với 3 túi bánh đa nướng 500g, mỗi thứ thêm 1 nữa', items: { 'BDV-MONG-10': 3, 'BDN-500': 4 }, ask: false },
  // negative: lines without their amount yet take it once
  { shop: 'bunChaPhuDo', text: 'cho e 1 suat db, them bun them cha moi thu 1 phan', items: { 'BC-DB': 1, 'THEM-BUN': 1, 'THEM-CHA': 1 }, ask: false },
];

describeCorpus('more of each line', EXAMPLES);
