/** Complaints (core/parser/lexicon.ts COMPLAINT_PAIRS, clauses.ts): goods that arrived wrong, short or damaged ("bị gãy", "bị nứt") order nothing; thanks with "nhiều" name no product. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'combs', text: 'lược e nhận bị gãy 2 răng shop ơi', items: {}, ask: false },
  { shop: 'flutes', text: 'hàng bị nứt 1 cây sáo rồi shop ơi', items: {}, ask: false },
  { shop: 'spices', text: 'shop giao thiếu 1 hũ chẳm chéo rồi', items: {}, ask: false },
  { shop: 'spices', text: 'oke cảm ơn em nhiều nha', items: {}, ask: false },
  // negative: a later sentence that orders again still orders
  { shop: 'combs', text: 'lược e nhận bị gãy rồi. Gửi e 1 lược sừng dày nhé', items: { 'LS-DAY': 1 }, ask: false },
];

describeCorpus('complaints', EXAMPLES);
