/**
 * A message that is a product's whole name, the count of its pack included ("Tã dán Bobby size S 60 miếng", "Trứng
 * gà ta thả vườn vỉ 10 quả"), orders one of it, when no product those words name is sold by that piece
 * (core/parser/bare-requests.ts countOfItsName). Where one is ("củ tulip 5 củ" beside tulip bulbs sold by the bulb)
 * the count is how many of it (count-in-sold-word.test.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'diapers', text: 'Tã dán Bobby size S 60 miếng', items: { 'BB-DAN-S-60': 1 }, ask: false },
  { shop: 'diapers', text: 'Tã dán Bobby size NB 40 miếng', items: { 'BB-DAN-NB-40': 1 }, ask: false },
  { shop: 'eggs', text: 'Trứng gà ta thả vườn vỉ 10 quả', items: { 'GA-TA-10': 1 }, ask: false },
  { shop: 'eggs', text: 'Trứng vịt muối hộp 4 quả', items: { 'MUOI-4': 1 }, ask: false },
  // negative: a bulb is sold singly too, so five of them
  { shop: 'flowerSeeds', text: 'củ tulip 5 củ', items: { 'CU-TULIP-1': 5 }, ask: false },
];

describeCorpus('whole-name-with-count', EXAMPLES);
