/**
 * English puts modifiers first: words the catalog lacks between an order verb (with its article) and the product
 * phrase are the phrase's (core/parser/scan.ts): "I want a lovely brown wallet" asks which brown wallet instead of
 * ordering nothing, "I want a nice red silk scarf" orders the one red silk scarf. "short" is the lexicon's "ngắn".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'belts', text: "I'd like a short brown wallet and a gift box", items: { 'VI-NGAN-NAU': 1, 'HOP-QUA': 1 }, ask: false },
  { shop: 'belts', text: 'I would like a lovely brown wallet', items: {}, ask: true },
  { shop: 'silk', text: 'I want a nice red silk scarf', items: { 'KL-DO': 1 }, ask: false },
  // negative: a Vietnamese message keeps its own words ("lông" is no "long")
  { shop: 'belts', text: 'cho e 1 ví da bò ngắn màu nâu', items: { 'VI-NGAN-NAU': 1 }, ask: false },
];

describeCorpus('english-adjectives', EXAMPLES);
