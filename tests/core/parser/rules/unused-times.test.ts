/**
 * A count written with "x" ("x1", "x 3") that no line took is an item or an amount the reading missed: the message
 * asks instead of placing less than was ordered (core/parser/rules/unused-quantity.ts). Taken by a line, it orders.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'comics', text: 'conan t100 x2 + drm t2 x1 + bm go x1', items: { 'CONAN-T100': 2 }, ask: true },
  // taken by a line: the bag of 1 kg, six of them (its set's label; size-before-count.test.ts)
  { shop: 'coffeeFilters', text: 'order robusta 1 ký x6 nhaa', items: { 'ROB-1KG': 6 }, ask: false },
  { shop: 'toys', text: '1 đèn lồng xếp bộ 6 chiếc x 3', items: { 'DL-XEP-6': 1 }, ask: true },
  // positive: the count went on its line
  { shop: 'comics', text: 'conan t100 x2', items: { 'CONAN-T100': 2 }, ask: false },
];

describeCorpus('unused-times', EXAMPLES);
