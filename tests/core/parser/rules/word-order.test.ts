/**
 * Word order tells tied names apart: among candidates holding the same words, the one whose name has the phrase's
 * neighbouring words side by side, and which the words said name whole, is meant.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tea', text: '1 hộp quà trà', items: { 'HOP-QUA-TRA': 1 }, ask: false },
  { shop: 'tea', text: 'lấy 2 gói trà đinh 100g + 1 hộp quà trà', items: { 'DINH-100': 2, 'HOP-QUA-TRA': 1 }, ask: false },
  { shop: 'rattan', text: 'lay 2 ghe don nhe', items: { 'GHE-DON-45': 2 }, ask: false },
  // negative: the words said leave the animal unsaid
  { shop: 'sweets', text: 'lấy 1 tượng gốm nhé shop', items: {}, ask: true },
];

describeCorpus('word-order', EXAMPLES);
