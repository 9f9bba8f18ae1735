/**
 * With no amount, words of courtesy alone ("cảm ơn c nha", "thanks shop") name nothing, even where a product's name
 * carries them (core/parser/noun-phrase.ts): a shop selling bags printed "Cảm ơn" is thanked, not sent a kilo of bags.
 * With an amount, or beside other words of the name, they name the product.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bags', text: 'cảm ơn c nha', items: {}, ask: false },
  { shop: 'tea', text: 'cảm ơn shop nhiều nha', items: {}, ask: false },
  // positive: the bags named with their amount
  { shop: 'bags', text: 'lấy 2 ký túi cảm ơn', items: { 'TX-HONG-1KG': 2 }, ask: false },
];

describeCorpus('courtesy-words', EXAMPLES);
