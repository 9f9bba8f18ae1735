/**
 * Typed without diacritics, a head noun may read as a question word ("sao" for "sáo", "nao"): when the next word
 * goes on naming that product, it is the product, not a question.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'flutes', text: 'lay 2 sao tone D loai 60 cm', items: { 'SAO-D60': 2 }, ask: false },
  { shop: 'flutes', text: 'cho e 1 sao tone G 45cm', items: { 'SAO-G45': 1 }, ask: false },
  // negative: "sao" asking why stays a question
  { shop: 'flutes', text: 'sao shop chua giao hang vay', items: {}, ask: false },
];

describeCorpus('question-word-heads', EXAMPLES);
