/**
 * A colour the customer names that the best products lack makes the reading ask, however the catalog spells its
 * words (core/parser/matcher.ts): where "trắng" is read as the spelling "trang~trắng" (the catalog also writes
 * "Tráng"…), it is still white, and black silk trousers are not placed for "quần lụa trắng".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'baBa', text: 'quần lụa trắng M 1 cái', items: {}, ask: true },
  { shop: 'bambooLamps', text: 'vậy lấy 1 hộp 10 bóng trắng', items: {}, ask: true },
  // positive: the colour the product has
  { shop: 'baBa', text: 'quần lụa đen M 1 cái', items: { 'QUAN-LUA-DEN-M': 1 }, ask: false },
  { shop: 'bambooLamps', text: 'lấy 1 hộp 10 bóng vàng', items: { 'HOP10-BONG-9W-VANG': 1 }, ask: false },
];

describeCorpus('spelled-colours', EXAMPLES);
