/**
 * A visitor names the goods in English ("one special pho", "half a roast chicken", "2 large chicken Mi Quang"): the
 * shared lexicon maps common food and craft words to the catalog's Vietnamese words, only where the catalog uses
 * them, and never a word that is also a Vietnamese syllable typed bare ("bun", "hot", "can").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pho', text: 'one special pho please', items: { 'P-DB': 1 }, ask: false },
  { shop: 'roastMeats', text: 'I want half a roast chicken', items: { 'GA-NUA': 1 }, ask: false },
  { shop: 'goatHotpot', text: 'Hi, can I get 2 plates of rare goat 300g please', items: {}, ask: true },
  // negative: Vietnamese typed bare is read as Vietnamese
  { shop: 'bunCha', text: 'cho 2 suat bun cha thuong', items: { 'BC-THUONG': 2 }, ask: false },
];

describeCorpus('english-food-words', EXAMPLES);
