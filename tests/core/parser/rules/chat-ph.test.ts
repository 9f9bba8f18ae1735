/**
 * "fồng tôm", "cà fê", "hoành fi": chat types "ph" as "f"; a word so written that is no word of the catalog but whose
 * "ph" spelling is, is that word, a little less sure than as written (core/parser/word-reading.ts). English words
 * with an "f" ("free ship") stay what they are.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'shrimpCrackers', text: 'e mun lấy 3 gói fồng tôm 500g', items: { 'BPT-500': 3 }, ask: false },
  { shop: 'lacquerBoards', text: 'hoành fi mít 1m76 1 bức nha', items: { 'HP-MIT-176': 1 }, ask: false },
  { shop: 'coffeeBeans', text: '2 gói cà fê culi', items: { 'CULI-XAY-500': 2 }, ask: false },
  // negative: an English word with an f
  { shop: 'coffeeBeans', text: 'free ship 2 gói culi nhé', items: { 'CULI-XAY-500': 2 }, ask: false },
];

describeCorpus('chat-ph', EXAMPLES);
