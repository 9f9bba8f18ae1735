/**
 * A count of the pieces that packs of one product hold, in the word they count ("8 viên pin tiểu energizer" beside
 * blisters of 2 and 4, "12 tấm lót đĩa cói" beside sets of 4 and 6): the fewest whole packs, the pack of exactly that
 * many or the largest that fits when the count is a whole number of it (core/parser/pack-for-amount.ts). Packs of
 * different goods ask, and so does a count that would need a mix of packs.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cellBatteries', text: 'cần 8 viên pin tiểu energizer', items: { 'AA-ENG-4': 2 }, ask: false },
  { shop: 'cellBatteries', text: 'e lấy 6 viên pin duracell aa', items: { 'AA-DURA-2': 3 }, ask: false },
  { shop: 'tableLinens', text: '12 tấm lót đĩa cói', items: { 'LOT-COI-6': 2 }, ask: false },
  { shop: 'eggs', text: 'cho 10 quả trứng gà ta', items: { 'GA-TA-10': 1 }, ask: false },
  // negatives: several brands; a mix of packs; a count no pack makes whole
  { shop: 'cellBatteries', text: 'mua 4 viên pin AA', items: {}, ask: true },
  { shop: 'eggs', text: 'lấy 40 quả trứng gà ta', items: {}, ask: true },
  { shop: 'tableLinens', text: '5 tấm lót cói', items: {}, ask: true },
];

describeCorpus('pack-for-pieces', EXAMPLES);
