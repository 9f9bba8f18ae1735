/**
 * Chat stretches a closing particle by repeating its last letter ("nhaaa", "shopp", "nhee"): the tokenizer reads it as
 * the particle (core/parser/normalize.ts), so it is not taken for a word of another product right after a phrase
 * ("đèn xông nhaaa" was asked about, as if "nhaaa" named some other lamp) nor for an unknown product word.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'oils', text: 'chj ơi e lấy 1 đèn xông nhaaa', items: { 'DEN-XONG-3T': 1 }, ask: false },
  { shop: 'oils', text: 'lấy 1 dầu gấc nhaaa', items: { 'GAC-100ML': 1 }, ask: false },
  { shop: 'oils', text: 'cho e 1 lọ tinh dầu quế shopp', items: { 'QUE-10ML': 1 }, ask: false },
  // negative: the particle says nothing of the product; a phrase the shop cannot place still asks
  { shop: 'miQuang', text: 'e chào c, lấy cho mk 2 tô mi Quang ga nhaa', items: {}, ask: true },
  { shop: 'oils', text: 'cho e 2 chai dầu nhaaa', items: {}, ask: true },
];

describeCorpus('stretched-particles', EXAMPLES);
