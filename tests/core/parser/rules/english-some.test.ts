/**
 * Reader vague amounts, English "some" (core/parser/vague-amount.ts, littleAt): "I'll take some rice paper", "some honey
 * please" — "some" before goods leaves the amount open, as "ít" does in Vietnamese: the item asks how much. Not where
 * the sentence gives a number after it, and not in a question ("do you have some shallots?" places nothing).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'teaTanCuong6', text: "I'd like some green tea", items: {}, ask: true },
  { shop: 'riceTrangBang4', text: "I'll take some rice paper", items: {}, ask: true },
  { shop: 'shallotsVinhChau', text: 'I want some shallots', items: {}, ask: true },
  { shop: 'ceramicsBatTrang3', text: "I'll take a teapot and some cups", items: { 'AM-HB': 1 }, ask: true },
  // negative: a question about the goods orders nothing
  { shop: 'shallotsVinhChau', text: 'do you have some shallots?', items: {}, ask: false },
  // negative: an amount said with the goods still counts
  { shop: 'ceramicsBatTrang3', text: "I'll take a teapot and 2 sets of cups", items: { 'AM-HB': 1, 'CHEN-LAM-6': 2 }, ask: false },
];

describeCorpus('English some', EXAMPLES);
