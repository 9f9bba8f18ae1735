/**
 * A number and the short word of plain letters after it are one word of a name that writes them glued ("găng 12 oz
 * đỏ" of "Găng boxing 12oz màu đỏ", "whey 2 lb" of "2lb", "pin 48v 20 ah" of "48V 20Ah"; core/parser/attributes.ts
 * `gluedWord`). Read apart, the number was taken for an amount or a size and the order asked. Only within a phrase
 * whose products have that word: a count after a phrase stays a count.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'boxing', text: 'cho e 1 đôi găng 12 oz đỏ', items: { 'GANG-12OZ-DO': 1 }, ask: false },
  { shop: 'sportsNutrition', text: 'lấy 2 hộp whey 2 lb vị dâu nhé', items: { 'WHEY-2LB-DAU': 2 }, ask: false },
  { shop: 'eBikes', text: 'cho e 1 pin 48v 20 ah', items: { 'PIN-48V-20AH': 1 }, ask: false },
  // Negative: no name glues "đôi" to a number; "găng 12oz đen 2 đôi" is two pairs.
  { shop: 'boxing', text: 'găng 12oz đen 2 đôi', items: { 'GANG-12OZ-DEN': 2 }, ask: false },
  // Negative: a glued word no candidate has ("găng 18 oz") still asks.
  { shop: 'boxing', text: 'lấy 1 găng 18 oz đỏ', items: {}, ask: true },
];

describeCorpus('glued-units', EXAMPLES);
