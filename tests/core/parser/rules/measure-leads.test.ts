/**
 * Words that only announce a measure ("cao 20cm", "cỡ lớn 60cm", "size 28cm", "đường kính 30cm") yield to the
 * measure, when one of the products named carries it; a measure none carries still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sweets', text: 'cho 2 lọ hoa men lục cao 20cm', items: { 'LO-20': 2 }, ask: false },
  { shop: 'sweets', text: 'đèn lồng đỏ cỡ lớn 60cm lấy 1 cái', items: { 'DEN-60': 1 }, ask: false },
  { shop: 'silver', text: '1 đỉnh đồng cao 30cm', items: { 'DINH-30': 1 }, ask: false },
  { shop: 'tableware', text: 'lấy 4 đĩa men lam đường kính 25cm', items: { 'DIA-LAM-25': 4 }, ask: false },
  { shop: 'sweets', text: 'lấy 2 thảm cói size 40x60', items: { 'THAM-4060': 2 }, ask: false },
  // negative: a size word that tells siblings apart stays theirs ("sợi nhỏ 500g" beside "sợi to 500g")
  { shop: 'sauce', text: 'lấy 3 gói bún sợi nhỏ 500g', items: { 'BUN-NHO-500': 3 }, ask: false },
  // negative: a height no vase has
  { shop: 'sweets', text: 'cho 2 lọ hoa men lục cao 25cm', items: {}, ask: true },
];

describeCorpus('measure-leads', EXAMPLES);
