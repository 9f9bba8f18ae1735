/** Review rule code-beside-phrase (core/parser/rules/code-beside-phrase.ts): a code of digits and letters right after the phrase that the catalog does not know asks instead of placing the product the other words name. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: a capacity, a voltage or a model the shop does not list
  { shop: 'plantProtection', text: 'cho e 1 pin 20ah thay bình xịt', items: {}, ask: true },
  { shop: 'waterFilters', text: 'lấy 1 bơm 36V', items: {}, ask: true },
  { shop: 'eBikes', text: 'cho e 1 pin 48v 30ah', items: {}, ask: true },
  // negative: a code the catalog has, a time, an amount with its unit, an amount typed glued to a particle
  { shop: 'eBikes', text: 'cho e 1 pin 48v 20ah', items: { 'PIN-48V-20AH': 1 }, ask: false },
  { shop: 'waterFilters', text: 'lấy 1 bơm 24V giao trước 9h nhé', items: { 'BOM-24V': 1 }, ask: false },
  { shop: 'boxing', text: 'lấy 1 bao cát treo 1m2 nhé', items: { 'BAO-CAT-1M2': 1 }, ask: false },
];

describeCorpus('code-beside-phrase', EXAMPLES);
