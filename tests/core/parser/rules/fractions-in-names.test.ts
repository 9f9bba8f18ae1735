/**
 * A fraction in a product's name names a kind ("Mũ bảo hiểm 3/4 đen nhám size L", a three-quarter helmet): it is a
 * word of the name, not a date or an amount, and a message that writes it names that kind ("Blend 7/3" of coffee, too).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'helmets', text: 'lấy 20 mũ 3/4 đen L', items: { 'M34-DEN-L': 20 }, ask: false },
  { shop: 'helmets', text: 'cho 1 nón 3/4 trắng M, 1 nón 3/4 trắng L', items: { 'M34-TRANG-M': 1, 'M34-TRANG-L': 1 }, ask: false },
  { shop: 'coffeeBeans', text: 'cho e 2 gói cà phê blend 7/3', items: { 'BLEND-73-500': 2 }, ask: false },
  { shop: 'coffeeBeans', text: 'blend 5/5 1 gói', items: { 'BLEND-55-500': 1 }, ask: false },
  // negative: a kind the fraction does not name stays a question among the others
  { shop: 'helmets', text: 'cho e 2 mũ nửa đầu size M', items: {}, ask: true },
];

describeCorpus('fractions-in-names', EXAMPLES);
