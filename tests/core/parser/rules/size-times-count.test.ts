/**
 * "ruột gối 45 x 6" beside pillows of 40x40 and 45x45: a size no candidate comes in ("45x6"), whose first number names
 * one of them ("ruột gối 45") and whose second is a small count, is that product times the count
 * (core/parser/size-number.ts, attributes.ts). A size a candidate comes in stays its size.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'miniSofas', text: 'ruột gối 40 x 3', items: { 'RUOT-40': 3 }, ask: false },
  { shop: 'miniSofas', text: 'ruot goi 45 x 2, ruot goi 40 x 2', items: { 'RUOT-45': 2, 'RUOT-40': 2 }, ask: false },
  { shop: 'tapsAndBasins', text: 'ga thoat san 10 x 3', items: { 'GA-THOAT-SAN-10': 3 }, ask: false },
  // negatives: the size the product comes in; a count larger than the size is no such count
  { shop: 'tapsAndBasins', text: 'ga thoát sàn 12 x 12 lấy 2 cái', items: { 'GA-THOAT-SAN-12': 2 }, ask: false },
  { shop: 'miniSofas', text: 'ruột gối 45 x 60', items: {}, ask: true },
];

describeCorpus('size-times-count', EXAMPLES);
