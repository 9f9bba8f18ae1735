/** Rule: "thêm 1 cái 130" after goods bought before names their sibling of that size (core/parser/elided-head.ts, countThenValue). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: a bare size after the count, of the goods a past clause named
  { shop: 'exoticLeather', text: 'Hôm trước a đặt 2 thắt lưng 120 rồi, giờ lấy thêm 1 cái 130 nữa', items: { 'TL-130': 1 }, ask: false },
  { shop: 'doorMats', text: 'hôm trước c mua 2 thảm tròn len 60 cho phòng ngủ, giờ lấy thêm 1 tấm 80 cho phòng khách', items: { 'TT-LEN-80': 1 }, ask: false },
  // negative: a size no sibling comes in still asks
  { shop: 'exoticLeather', text: 'Hôm trước a đặt 2 thắt lưng 120 rồi, giờ lấy thêm 1 cái 175 nữa', items: {}, ask: true },
];

describeCorpus('more-of-sibling-after-past', EXAMPLES);
