/**
 * "can" typed bare before a volume is a can, not "cân" (a kilo): "rượu 29 độ lấy 1 can 5 lít" is five litres of the
 * wine sold by the litre. A weight alone is still no amount of goods sold by the litre; it asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'banhDay', text: 'rượu 29 độ lấy 1 can 5 lít', items: { 'RUOU-29': 5 }, ask: false },
  { shop: 'banhDay', text: 'rượu 29 độ lấy 2 can 5 lít', items: { 'RUOU-29': 10 }, ask: false },
  { shop: 'babeForest', text: 'rượu 29 độ lấy 1 can 5 lít', items: { 'RN-29': 5 }, ask: false },
  // negatives: a kilo of wine sold by the litre
  { shop: 'banhDay', text: 'rượu 29 độ lấy 1 cân', items: {}, ask: true },
  { shop: 'babeForest', text: 'rượu 29 độ lấy 2 cân', items: {}, ask: true },
];

describeCorpus('can-before-volume', EXAMPLES);
