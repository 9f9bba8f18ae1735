/**
 * "đổi [amount] [what] sang|thành [what instead]" after lines were said changes one of them, in whole or for the
 * amount said, into the sibling the words after "sang" name; it never cancels the order. When the sibling cannot
 * be told, the reading asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'combs', text: 'vòng đen M 2 cái, đổi 1 cái thành size L nhé', items: { 'VT-DEN-M': 1, 'VT-DEN-L': 1 }, ask: false },
  { shop: 'tea', text: 'lấy 2 hộp bánh cốm 20 cái, đổi 1 hộp sang loại 10 cái nhé', items: { 'BC-20': 1, 'BC-10': 1 }, ask: false },
  // the line named before "sang", not the last one, changes, and in whole
  { shop: 'lanterns', text: '1 đèn tròn đỏ 40, 2 đèn tròn vàng 40, đổi cái đèn đỏ sang 60cm giúp e', items: { 'DL-TRON-DO-60': 1, 'DL-TRON-VANG-40': 2 }, ask: false },
  { shop: 'joss', text: 'bó nhang bồ kết 2, bó thảo mộc 2, à đổi thảo mộc thành trầm 30cm nhé', items: { 'NT-BOKET-40': 2, 'NT-TRAM-30': 2 }, ask: false },
  // negative: no bracelet of that size; ask, and keep what was ordered
  { shop: 'combs', text: 'vòng đen M 2 cái, đổi 1 cái thành size XXL nhé', items: { 'VT-DEN-M': 2 }, ask: true },
];

describeCorpus('change-lines', EXAMPLES);
