/** Rule: a list item opening with a container and its measure names the sibling of the item before packed so (core/parser/elided-head.ts, containerFirst). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: the container and its size replace those of the item before; its other words still name the goods
  { shop: 'sourShrimp', text: 'Mắm ruốc hũ 250g 2 hũ, hũ 500g 1 hũ', items: { 'MR-250': 2, 'MR-500': 1 }, ask: false },
  { shop: 'teaBags', text: 'trà xanh hộp 100 túi 1, hộp 25 túi 2', items: { 'TX-TC-100': 1, 'TX-TC-25': 2 }, ask: false },
  { shop: 'phanThietSpecialties', text: 'mam 35 do chai 1 lit x3, chai 500ml x2', items: { 'NM-35-1L': 3, 'NM-35-500': 2 }, ask: false },
  // negative: a size no sibling comes in asks rather than landing on another kind of goods
  { shop: 'sourShrimp', text: 'Mắm ruốc hũ 250g 2 hũ, hũ 700g 1 hũ', items: { 'MR-250': 2 }, ask: true },
  // negative: the item before names its goods only in part; the container alone decides nothing
  { shop: 'phanThietSpecialties', text: 'chai 500ml x2', items: {}, ask: true },
];

describeCorpus('container-first', EXAMPLES);
