/**
 * A phrase of nothing but a size or a colour, right after a line of the same sentence, names that line's sibling in
 * it: "sơ mi nam trắng L 8 cái, XL 4 cái" is eight L shirts and four XL ones of the same kind, not an XL of any kind.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'uniforms', text: 'sơ mi nam trắng L 8 cái, XL 4 cái', items: { 'SOMI-NAM-TRANG-L': 8, 'SOMI-NAM-TRANG-XL': 4 }, ask: false },
  { shop: 'uniforms', text: 'polo đỏ đô M 10, L 10', items: { 'POLO-DO-M': 10, 'POLO-DO-L': 10 }, ask: false },
  { shop: 'silk', text: 'cho mình 2 khăn lụa đỏ, 1 chiếc vàng', items: { 'KL-DO': 2, 'KL-VANG': 1 }, ask: false },
  // negative: with no line before it, a bare size fits too many products
  { shop: 'uniforms', text: 'XL 4 cái', items: {}, ask: true },
];

describeCorpus('variant-of-line', EXAMPLES);
