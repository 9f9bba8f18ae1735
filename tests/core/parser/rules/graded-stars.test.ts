/**
 * After a number, a word the catalog's names count is a grade or a count of the product, not a question word
 * (core/parser/clauses.ts): "vợt 5 sao" is the five-star bat and "rèm 12 sao" the curtain of twelve stars, not "sao?"
 * (why, how). Elsewhere "sao" still asks ("giá sao shop").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tableTennis', text: 'lấy 3 vợt 5 sao', items: { 'VOT-DHS-5S': 3 }, ask: false },
  { shop: 'tableTennis', text: 'cho 1 bịch bóng 1 sao', items: { 'BONG-TAP-T100': 1 }, ask: false },
  { shop: 'ledLights', text: '1 rèm 12 sao + 1 dây sao', items: { 'RM-SAO': 1, 'SAO-DAY': 1 }, ask: false },
  // negative: a question, no order
  { shop: 'tableTennis', text: 'vợt 5 sao giá sao shop', items: {}, ask: false },
];

describeCorpus('graded-stars', EXAMPLES);
