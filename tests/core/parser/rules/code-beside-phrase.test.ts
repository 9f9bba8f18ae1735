/** Review rule code-beside-phrase (core/parser/rules/code-beside-phrase.ts): a code of digits and letters right after the phrase that the catalog does not know asks instead of placing the product the other words name. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: a capacity, a voltage or a model the shop does not list
  { shop: 'plantProtection', text: 'cho e 1 pin 20ah thay bình xịt', items: {}, ask: true },
  { shop: 'waterFilters', text: 'lấy 1 bơm 36V', items: {}, ask: true },
  { shop: 'eBikes', text: 'cho e 1 pin 48v 30ah', items: {}, ask: true },
  // positive: a code the catalog knows, but as another product's (a pump's wattage, another camera's battery)
  { shop: 'pumpParts', text: 'cho e 1 cánh quạt bơm 200w', items: {}, ask: true },
  { shop: 'cameraGear', text: 'lấy 1 sạc đôi fw50 với 1 sạc pin fz100', items: { 'SAC-DOI-FW50': 1 }, ask: true },
  // negative: the code of what the part is for, after a phrase that ran over a word the catalog lacks
  { shop: 'pumpParts', text: 'vậy lấy 1 tụ 10uf thay bơm 125w', items: { 'TU-10UF': 1 }, ask: false },
  // negative: a code the catalog has, a time, an amount with its unit, an amount typed glued to a particle
  { shop: 'eBikes', text: 'cho e 1 pin 48v 20ah', items: { 'PIN-48V-20AH': 1 }, ask: false },
  { shop: 'waterFilters', text: 'lấy 1 bơm 24V giao trước 9h nhé', items: { 'BOM-24V': 1 }, ask: false },
  { shop: 'boxing', text: 'lấy 1 bao cát treo 1m2 nhé', items: { 'BAO-CAT-1M2': 1 }, ask: false },
];

describeCorpus('code-beside-phrase', EXAMPLES);
