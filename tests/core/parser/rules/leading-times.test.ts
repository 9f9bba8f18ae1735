/**
 * "x3 gói que cay", "x2 detox xanh": an "x" count opening the words of an order, with no phrase before it, counts
 * the phrase after it (after a phrase, "que cay x3", it counts that one).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'herbs', text: 'x3 hộp trà gừng', items: { 'TRA-GUNG': 3 }, ask: false },
  { shop: 'dairy', text: 'cho e x2 sữa chua ăn không đường', items: { 'SC-HU-KD': 2 }, ask: false },
  { shop: 'herbs', text: 'trà gừng x2, x1 trà tâm sen', items: { 'TRA-GUNG': 2, 'TRA-SEN': 1 }, ask: false },
  // negative: a price times a count is no product
  { shop: 'herbs', text: 'x3 cái này bao nhiêu tiền shop', items: {}, ask: false },
];

describeCorpus('leading-times', EXAMPLES);
