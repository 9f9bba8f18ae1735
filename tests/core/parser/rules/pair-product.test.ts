/**
 * "1 đôi áo gối trắng" beside "Đôi áo gối cotton màu trắng (2 chiếc)", sold by the pair, and the single "Áo gối cotton
 * màu trắng (1 chiếc)": a count of pairs is of the product sold by the pair, though the name the words head is the
 * single's (core/parser/matcher.ts resolveConcepts, as a container or a set word decides). A count of pieces stays
 * with the single.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'latexPillows', text: 'cho minh 1 doi ao goi trang', items: { 'AO-GOI-DOI-TRANG': 1 }, ask: false },
  { shop: 'latexPillows', text: 'lấy 2 gối sóng 10 và 1 cặp vỏ gối trắng', items: { 'GOI-SONG-10': 2, 'AO-GOI-DOI-TRANG': 1 }, ask: false },
  { shop: 'chopsticks', text: 'lấy 3 đôi đũa gỗ mun', items: { 'DUA-GO-DOI': 3 }, ask: false },
  // negative: pieces are the single's; a pair of something sold in neither form asks
  { shop: 'latexPillows', text: 'cho e 4 áo gối trắng lẻ', items: { 'AO-GOI-TRANG': 4 }, ask: false },
  { shop: 'chopsticks', text: 'lấy 2 chiếc đũa gỗ mun', items: { 'DUA-GO-LE': 2 }, ask: false },
  { shop: 'glasses', text: 'e muốn làm 1 cặp kính cận', items: {}, ask: true },
];

describeCorpus('pair-product', EXAMPLES);
