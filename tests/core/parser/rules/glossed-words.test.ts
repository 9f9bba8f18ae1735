/**
 * A word glossed by its synonym right after it ("vàng gold", "bạc silver", "xanh navy") is one word of the phrase said
 * twice, not a second phrase: "Nến số 3 màu vàng gold", the product's own name, orders it (core/parser/noun-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'birthdayCandles', text: 'Nến số 7 màu bạc silver 2 cái', items: { 'NEN-SO-7-BAC': 2 }, ask: false },
  { shop: 'birthdayCandles', text: 'nến số 5 vàng gold', items: { 'NEN-SO-5-VANG': 1 }, ask: false },
  { shop: 'flasks', text: 'Bình giữ nhiệt inox 304 500ml màu xanh navy 2 cái', items: { 'BINH-500-XANH': 2 }, ask: false },
  // negative: the same word said twice is still two phrases
  { shop: 'birthdayCandles', text: 'nến số 5 vàng, nến số 6 vàng', items: { 'NEN-SO-5-VANG': 1, 'NEN-SO-6-VANG': 1 }, ask: false },
];

describeCorpus('glossed-words', EXAMPLES);
