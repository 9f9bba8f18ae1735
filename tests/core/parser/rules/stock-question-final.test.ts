/**
 * "… có không", "… còn không": after "có" (there is) or "còn" (still), a closing "không" asks, even where the catalog
 * has both words in one product ("Bình … (có vòi)" with the alias "bình không 5 lít") (core/parser/clauses.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'infusedWines', text: 'rượu mơ chai 1 lít có không', items: {}, ask: false },
  { shop: 'infusedWines', text: 'hộp quà 3 chai có không anh', items: {}, ask: false },
  { shop: 'cookies', text: 'cookie yến mạch túi 100g có không', items: {}, ask: false },
  // negative: "không" inside the name still names it
  { shop: 'cookies', text: 'lấy 2 hũ cookie yến mạch không đường', items: { 'YM-KD-250': 2 }, ask: false },
  { shop: 'infusedWines', text: 'lấy 1 bình không 5 lít', items: { 'HU-5L': 1 }, ask: false },
];

describeCorpus('stock-question-final', EXAMPLES);
