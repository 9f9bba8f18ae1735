/**
 * Tens of goods sold by the dozen ("1 chục thìa" of "Thìa … (tá 12 cái)") make no whole or half dozen: ask, rather
 * than place 0.83 of a dozen (core/parser/convert.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'melamine', text: 'cho e 1 chục thìa trắng', items: {}, ask: true },
  { shop: 'models', text: '1 chục khăn mặt', items: {}, ask: true },
  // negative: dozens, and half a dozen, are what the shop sells
  { shop: 'models', text: 'nửa tá khăn mặt', items: { 'KM-TA': 0.5 }, ask: false },
  { shop: 'models', text: '2 tá khăn tắm', items: { 'KT-TA': 2 }, ask: false },
];

describeCorpus('tens-of-dozens', EXAMPLES);
