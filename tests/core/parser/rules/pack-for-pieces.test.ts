/**
 * A count of the pieces that packs of one product hold, in the word they count ("8 tấm lót đĩa cói" beside sets of 4
 * and 6, "20 quả trứng gà ta" beside trays of 10 and 30): the pack of exactly that many, or a whole number of one
 * pack when the packs make the count in that way only (core/parser/pack-for-amount.ts). Packs of different goods ask,
 * and so does a count the packs make in several ways ("12 tấm": three of 4 or two of 6) or only by a mix.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cellBatteries', text: 'e lấy 6 viên pin duracell aa', items: { 'AA-DURA-2': 3 }, ask: false },
  { shop: 'tableLinens', text: '8 tấm lót đĩa cói', items: { 'LOT-COI-4': 2 }, ask: false },
  { shop: 'eggs', text: 'cho 10 quả trứng gà ta', items: { 'GA-TA-10': 1 }, ask: false },
  { shop: 'eggs', text: 'lấy 20 quả trứng gà ta', items: { 'GA-TA-10': 2 }, ask: false },
  // negatives: several brands; several ways; a mix of packs; a count no pack makes whole
  { shop: 'cellBatteries', text: 'mua 4 viên pin AA', items: {}, ask: true },
  { shop: 'cellBatteries', text: 'cần 8 viên pin tiểu energizer', items: {}, ask: true },
  { shop: 'tableLinens', text: '12 tấm lót đĩa cói', items: {}, ask: true },
  { shop: 'eggs', text: 'lấy 40 quả trứng gà ta', items: {}, ask: true },
  { shop: 'tableLinens', text: '5 tấm lót cói', items: {}, ask: true },
];

describeCorpus('pack-for-pieces', EXAMPLES);
