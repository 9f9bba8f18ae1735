/**
 * A detail said apart from its product: a phrase that fits several siblings, followed (after a comma, "loại",
 * "bằng", "màu") by words that tell them apart, or a size that took the quantity right after the product it
 * belongs to. Read together they name one product; when together they fit several or none, the question stays.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'flutes', text: '1 đàn nhị, loại bằng gỗ gụ nhé', items: { 'DN-GO': 1 }, ask: false },
  { shop: 'stone', text: 'cho e 1 lục bình trắng, loại 60cm ạ', items: { 'LB-TRANG-60': 1 }, ask: false },
  // negative: the white vase comes in 60 cm and 1m2, not 45 cm
  { shop: 'stone', text: 'cho e 1 lục bình trắng, loại 45cm ạ', items: {}, ask: true },
  // negative: a new sentence is no detail of the last one
  { shop: 'flutes', text: '1 đàn nhị. Gỗ gụ có bền không shop', items: {}, ask: true },
];

describeCorpus('later-details', EXAMPLES);
