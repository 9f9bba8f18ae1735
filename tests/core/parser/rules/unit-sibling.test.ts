/**
 * "2 lốc tất. Thêm 3 đôi lẻ nữa": more of a line, in a unit its product is not sold in, is of the product of the
 * same kind sold in that unit (of several, the one sharing the most words with the line's). When none is, the
 * amount is not lost: the reading asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kidsClothes', text: 'e lấy 2 lốc tất. Thêm 3 đôi lẻ nữa', items: { 'TAT-LOC5': 2, 'TAT-DOI': 3 }, ask: false },
  { shop: 'dairy', text: '2 lốc sữa chua không đường, thêm 3 hũ nữa', items: { 'SC-LOC4-KD': 2, 'SC-HU-KD': 3 }, ask: false },
  // negative: the same unit adds to the line itself; a unit no product of the kind is sold in asks
  { shop: 'kidsClothes', text: 'e lấy 2 lốc tất, thêm 1 lốc nữa', items: { 'TAT-LOC5': 3 }, ask: false },
  { shop: 'dairy', text: 'lấy 2 chai sữa tươi có đường 1 lít, thêm 2 kg nữa', items: { 'ST-1L-CD': 2 }, ask: true },
];

describeCorpus('unit-sibling', EXAMPLES);
