/** Rule: a count of pieces opening a list item names the goods packed by it (core/parser/elided-sizes.ts, listedPack). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: "… 2 trái và 4 trái mỗi loại", "… 12 viên 4 hộp, 24 viên 2 hộp": another pack of the goods before
  { shop: 'pomeloBinhMinh', text: 'hộp quà năm roi 2 trái và 4 trái mỗi loại 3 hộp', items: { 'HQ-NR-2': 3, 'HQ-NR-4': 3 }, ask: false },
  { shop: 'maltThiPho', text: 'mè xửng 12 viên 4 hộp, 24 viên 2 hộp', items: { 'MX-12': 4, 'MX-24': 2 }, ask: false },
  // negative: a count in another word than the pack's ("… 3 cây, 1 vỉ …") is the amount of the next item
  { shop: 'toothbrushes', text: '1 vỉ bàn chải lông mềm 3 cây, 1 vỉ lông mềm 1 cây, 1 hộp lông mềm 6 cây', items: { 'BC-MEM-3': 1, 'BC-MEM-1': 1, 'BC-MEM-6': 1 }, ask: false },
  // negative: a pack nobody sells asks
  { shop: 'maltThiPho', text: 'mè xửng 12 viên 4 hộp, 30 viên 2 hộp', items: { 'MX-12': 4 }, ask: true },
];

describeCorpus('listed-pack', EXAMPLES);
