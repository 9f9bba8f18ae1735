/**
 * An amount that restates or splits what was just ordered is no item the reading missed: "2 thùng cam 10kg, tức 20kg"
 * says the same in kilograms, "(6 chiếc đó shop)" in pieces, "trong đó 1 suất ko rau" and "1 tô ko hành" tell how to
 * make one of the portions ordered. Only a share no larger than a line, followed by such a note, counts as one.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bunCha', text: 'cho 3 suất bún chả thường, trong đó 1 suất không hành', items: { 'BC-THUONG': 3 }, ask: false },
  { shop: 'bunCha', text: 'lấy 2 suất bún chả thường, 1 suất ko rau nhé', items: { 'BC-THUONG': 2 }, ask: false },
  { shop: 'silk', text: 'cho mình 4 khăn xanh, tức 2 đôi nhé', items: { 'KL-XANH': 4 }, ask: false },
  { shop: 'silk', text: 'lấy 2 vỏ gối lụa (4 chiếc đó shop)', items: { 'GOI-LUA': 2 }, ask: false },
  // negatives: a share larger than any line, and an amount with no note, still ask
  { shop: 'bunCha', text: 'lấy 1 suất bún chả thường, 3 suất ko rau', items: { 'BC-THUONG': 1 }, ask: true },
  { shop: 'silk', text: 'cho mình 2 khăn xanh, 3 chiếc không gói', items: { 'KL-XANH': 2 }, ask: true },
];

describeCorpus('restated-shares', EXAMPLES);
