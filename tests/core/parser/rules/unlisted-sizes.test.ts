/**
 * A size said of goods none of which the catalog lists by size is a detail of the order, not a difference between
 * products (core/parser/matcher.ts, resolveConcepts): "mũi nhọn đen 7 phân size 37" places the black 7 cm pumps, the
 * size kept with the customer's words for the shop. Where the siblings are sold by size, a size none of them has
 * still asks ("giày cưới size 40" beside sizes 35 to 39).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'heels', text: 'Chào shop, em lấy 1 đôi mũi nhọn đen 7 phân size 37 ạ', items: { 'NHON-7-DEN': 1 }, ask: false },
  { shop: 'heels', text: 'mũi nhọn đen 9 phân sz 38 1 đôi và quai hậu đen 9 phân sz 38 1 đôi', items: { 'NHON-9-DEN': 1, 'QH-9-DEN': 1 }, ask: false },
  { shop: 'art', text: 'lấy 6 cọ số 6 dẹt', items: { 'CO-DET-6': 6 }, ask: false },
  // negative: sold by size, and this size is not sold
  { shop: 'heels', text: 'giày cưới size 40', items: {}, ask: true },
];

describeCorpus('unlisted-sizes', EXAMPLES);
