/**
 * Typed bare, "ta" is "tá" (a dozen) or "tạ" (a hundred kilograms). Of goods sold by weight it is the hundredweight
 * ("da cuoi 2 ta" is 200 kg, core/parser/convert.ts), and after a weight a product's name carries in hundreds of
 * kilograms it names that product ("xe day 3 ta" is the 300 kg trolley, size-number.ts); elsewhere a dozen.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'stoneMortars', text: 'da cuoi 2 ta', items: { 'DA-CUOI': 200 }, ask: false },
  { shop: 'daSyForge', text: 'thep nhip 1 ta', items: { 'THEP-NHIP': 100 }, ask: false },
  { shop: 'aluminiumPots', text: 'phoi nhom 1 ta', items: { 'NHOM-THOI': 100 }, ask: false },
  { shop: 'ladders', text: 'xe day 3 ta 1 chiec', items: { 'XD-300': 1 }, ask: false },
  // negative: goods counted by the piece or the bag: a dozen
  { shop: 'starches', text: '1 ta tui san day 500g lam qua cho cong ty', items: { 'BSD-500': 12 }, ask: false },
];

describeCorpus('"ta" as a hundredweight', EXAMPLES);
