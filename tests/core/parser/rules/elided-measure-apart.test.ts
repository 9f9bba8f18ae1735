/**
 * An item of a list that says only a measure, written apart from its number ("20 lit 5c", "1 ký 1 túi", "35 phân 2
 * cái"), then its count, names the sibling of the item before with that measure (core/parser/elided-head.ts), as
 * "1kg 1 hũ" does. A word the catalog heads goods with ("mẹt") is those goods, not a metre.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'foamBoxes', text: 'thung xop 10 lit 5c, 20 lit 5c', items: { 'TX-10': 5, 'TX-20': 5 }, ask: false },
  { shop: 'sprouts', text: 'hạt hướng dương nửa ký 2 túi, 1 ký 1 túi', items: { 'HAT-HD-500': 2, 'HAT-HD-1KG': 1 }, ask: false },
  { shop: 'motorOil', text: 'shell ax5 1 lít 1 chai, 0.8 lít 1 chai', items: { 'SH-AX5-1L': 1, 'SH-AX5-08': 1 }, ask: false },
  { shop: 'hyacinth', text: 'gio chau cay 25 phan 4 cai, 35 phan 2 cai', items: { 'GIO-CAY-25': 4, 'GIO-CAY-35': 2 }, ask: false },
  // negative: "met" heads goods of the shop
  { shop: 'bambooBaskets', text: '1 sang, 1 nia 60, 1 met 50', items: { 'SANG-50': 1, 'NIA-60': 1, 'MET-50': 1 }, ask: false },
];

describeCorpus('an elided item of a measure written apart', EXAMPLES);
