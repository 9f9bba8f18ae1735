/**
 * A weight or volume of goods when nothing the phrase names is sold by weight or volume goes to the product sold in
 * packs of a weight or volume: "1kg sợi bánh canh" beside a topping sold by the portion is two 500 g bags.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'crabNoodles', text: 'cho e 1kg sợi bánh canh', items: { 'SOI-500': 2 }, ask: false },
  { shop: 'crabNoodles', text: 'e đặt nửa ký sợi bánh canh', items: { 'SOI-500': 1 }, ask: false },
  { shop: 'bunCha', text: '1 cân bún nhé', items: { 'BUN-1KG': 1 }, ask: false },
  // negative: goods sold by weight take the weight as it is
  { shop: 'bunCha', text: 'cho mình 3 lạng chả miếng', items: { 'CHA-MIENG': 3 }, ask: false },
];

describeCorpus('packs-by-weight', EXAMPLES);
