/**
 * A catalog word that heads no product, alone before a count and a product phrase naming some of that word's
 * products, is how the request is made ("cho thuê 1 cổng hoa" where every product is "(thuê/ngày)", "may 2 bộ vest
 * nam" at a tailor's "… may đo"): the count is the phrase's (core/parser/lead-word.ts), and the clause orders, so an
 * unknown thing after it is asked about (clauses.ts quantityContext).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'eventRentals', text: 'cho thuê 1 cổng hoa', items: { 'CONG-HOA-CUOI': 1 }, ask: false },
  { shop: 'eventRentals', text: 'thuê 1 máy phát điện', items: {}, ask: true },
  { shop: 'tailor', text: 'may 2 bộ vest nam', items: { 'VEST-NAM': 2 }, ask: false },
  // negative: the word with only a count is still a phrase to ask about
  { shop: 'tailor', text: 'may 2 bộ', items: {}, ask: true },
];

describeCorpus('lead-word', EXAMPLES);
