/**
 * "Bánh cáy loại 1 85k đúng không c, e lấy 6 hộp": a bare letter after a graded item is read as the next item's grade
 * ("kỷ tử loại A, B mỗi loại 2 lạng"), but a lower-case pronoun ("e", "a", "c") before an order verb is the customer
 * speaking, not grade E (core/parser/elided-head.ts bareValue).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'banhCay', text: 'Bánh cáy loại 1 85k đúng không c, e lấy 6 hộp', items: { 'BC-500-L1': 6 }, ask: false },
  { shop: 'grapes', text: 'Nho xanh loại 1 90k/kg đúng không shop, e lấy 3kg', items: { 'NX-L1': 3 }, ask: false },
  // negative: a capital letter in a list of grades is still the grade
  { shop: 'herbs', text: 'kỷ tử loại A, B mỗi loại 2 lạng', items: { 'KY-TU-A': 2, 'KY-TU-B': 2 }, ask: false },
];

describeCorpus('pronoun-not-grade', EXAMPLES);
