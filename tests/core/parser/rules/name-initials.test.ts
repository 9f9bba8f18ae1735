/**
 * "mt sữa" for "Màn thầu hấp sữa", "ts matcha" for "Trà sữa matcha": the initials of the two words a Vietnamese name
 * opens with stand for them, when no other name's opening pair shares them and they are no word or chat shorthand.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'steamedBuns', text: 'lay 4 mt sua 4 mt chien', items: { 'MT-SUA': 4, 'MT-CHIEN': 4 }, ask: false },
  { shop: 'drinks', text: 'lay 1 ts matcha size L it ngot', items: { 'TS-MATCHA-L': 1 }, ask: false },
  // negative: chat shorthand keeps its own meaning ("ck" a transfer, "sp" an item)
  { shop: 'steamedBuns', text: 'e ck 200k rồi nhé shop', items: {}, ask: false },
  { shop: 'drinks', text: 'sp này còn ko shop', items: {}, ask: false },
];

describeCorpus('name-initials', EXAMPLES);
