/** Review rule brand-beside-phrase (core/parser/rules/brand-beside-phrase.ts): a capitalized word the catalog does not know, in or right after the phrase, is a brand or model not sold: ask. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: a brand or a model the shop does not list
  { shop: 'boxing', text: 'lấy 1 đôi găng Everlast 14oz đỏ', items: {}, ask: true },
  { shop: 'barber', text: 'cho e 1 tông đơ Wahl Senior', items: {}, ask: true },
  { shop: 'water', text: 'lấy 1 cây nóng lạnh Toshiba', items: {}, ask: true },
  // negative: the brand the shop lists; a Vietnamese place name
  { shop: 'barber', text: 'cho e 1 tông đơ Wahl Magic Clip', items: { 'TD-WAHL-MAGIC': 1 }, ask: false },
  { shop: 'water', text: 'lấy 1 cây nóng lạnh Kangaroo', items: { 'CAY-NL-KG': 1 }, ask: false },
  { shop: 'importedWines', text: 'đặt 2 chai vang Tây Ban Nha nhé', items: { 'ES-TEMP-750': 2 }, ask: false },
];

describeCorpus('brand-beside-phrase', EXAMPLES);
