/**
 * With the amount said with its classifier elsewhere ("1 bịch …", "…, 2 bịch"), a bare number right after the
 * phrase (closing it, or before the piece the pack counts) that is how many pieces a sibling's pack holds names that
 * pack: "bobby quần xl 30" for "… size XL 30 miếng" (core/parser/attributes.ts sizeNumber). Without such an amount,
 * after a code, or before another word it may count, the number is the amount.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'diapers', text: '1 bịch bobby quần xl 30 nhé', items: { 'BB-QUAN-XL-30': 1 }, ask: false },
  { shop: 'diapers', text: 'vậy e lấy bobby quần xl bịch 60, 2 bịch nhé', items: { 'BB-QUAN-XL-60': 2 }, ask: false },
  { shop: 'diapers', text: 'lấy 1 bịch bobby dán L 60 và 1 bịch huggies dán S', items: { 'BB-DAN-L-60': 1, 'HG-DAN-S-60': 1 }, ask: false },
  { shop: 'tissues', text: 'lấy 2 lốc khăn hộp 180 (lốc 5 hộp)', items: { 'KGH-180-L5': 2 }, ask: false },
  // negative: no amount said with a classifier, the number after the phrase is the amount
  { shop: 'diapers', text: 'bobby quần xl 2', items: {}, ask: true },
  // negative: a word after the number may be what it counts ("2 phần" of crab, not the topping of 2 crab cakes)
  // ("thêm cua" is the extra "Thêm thịt cua", add-on.ts)
  { shop: 'crabNoodles', text: '2 gói sợi, 1 hộp nước lèo 1l, thêm cua 2 phần', items: { 'SOI-500': 2, 'NUOC-1L': 1, 'TOP-CUA': 2 }, ask: false },
];

describeCorpus('pack-count-after-phrase', EXAMPLES);
