/**
 * A decimal the names carry as a code ("Thuốc nhuộm tóc 6.1 nâu khói", "Tròng … 1.56", "Nồi … 2.2L"), standing where a
 * product phrase would (after a count, or opening the clause) with no unit after it, names those products; it is no
 * amount (core/parser/scan.ts). A count in the word the goods are sold by, before such a code, is the amount ("10
 * tuýp 6.1" beside "Hộp 10 tuýp"). After a phrase it says what the part is for ("mâm nhiệt nồi 2.2").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'hairDye', text: 'e đặt 10 tuýp 6.1 nhé', items: { 'NT-6-1': 10 }, ask: false },
  { shop: 'hairDye', text: '5.0 2 hộp, 6.1 1 hộp', items: { 'NT-5-0-H10': 2, 'NT-6-1-H10': 1 }, ask: false },
  { shop: 'hairDye', text: '6.0 x 5 tuýp', items: { 'NT-6-0': 5 }, ask: false },
  { shop: 'glasses', text: '1.56 chống ánh sáng xanh lấy 2 đôi', items: { 'TK-BL-156': 2 }, ask: false },
  { shop: 'riceCookers', text: 'lấy 1 cái 2.2 sunhouse', items: { 'NC-SUN-22T': 1 }, ask: false },
  // negative: after a phrase, the code is what the part fits
  { shop: 'riceCookers', text: 'lấy 1 mâm nhiệt nồi 2.2', items: {}, ask: true },
];

describeCorpus('decimal-shade-code', EXAMPLES);
