/**
 * A weight or volume of goods when nothing the phrase names is sold by weight or volume goes to the product sold in
 * packs of a weight or volume: "1kg sợi bánh canh" beside a topping sold by the portion is two 500 g bags, "3 lạng dê
 * tái" the plate of 300 g.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'crabNoodles', text: 'cho e 1kg sợi bánh canh', items: { 'SOI-500': 2 }, ask: false },
  { shop: 'crabNoodles', text: 'e đặt nửa ký sợi bánh canh', items: { 'SOI-500': 1 }, ask: false },
  { shop: 'bunCha', text: '1 cân bún nhé', items: { 'BUN-1KG': 1 }, ask: false },
  // a plate or a roll of a fixed weight, sold by the piece, is counted the same way ("3 lạng dê tái": the 300 g plate)
  { shop: 'goatHotpot', text: 'cho mình 3 lạng dê tái nhé', items: { 'DE-TAI-300': 1 }, ask: false },
  { shop: 'goatHotpot', text: '1 kg dê tái', items: { 'DE-TAI-500': 2 }, ask: false },
  { shop: 'porkRolls', text: 'mua nửa cân giò lụa', items: { 'GL-500': 1 }, ask: false },
  // negative: goods sold by weight take the weight as it is
  { shop: 'bunCha', text: 'cho mình 3 lạng chả miếng', items: { 'CHA-MIENG': 3 }, ask: false },
];

describeCorpus('packs-by-weight', EXAMPLES);
