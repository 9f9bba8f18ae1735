/**
 * "ít" (a little) after an order verb is an amount the customer did not give: "cho e ít men nở", "lấy ít bu lông về
 * dùng", typed bare "cho e it keo nhe", ask how many, as "vài cái" does (core/parser/scan.ts). Asking for advice ("muốn
 * mua ít trà làm quà, shop tư vấn giúp") orders nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bolts', text: 'lấy ít bu lông về dùng', items: {}, ask: true },
  { shop: 'bakingSupplies', text: 'cho e ít men nở', items: {}, ask: true },
  { shop: 'springRolls', text: 'e muốn đặt ít chả giò để ăn tết', items: {}, ask: true },
  // negative: asking for advice; a number given
  { shop: 'oolong', text: 'Mình cần mua ít trà làm quà, shop tư vấn giúp mình với', items: {}, ask: false },
  { shop: 'bolts', text: 'lấy 2 túi bu lông M8', items: { 'BLI-M8-30': 2 }, ask: false },
];

describeCorpus('"ít", an amount not given', EXAMPLES);
