/**
 * In a name or alias, a number followed by what the product has or lacks ("cối xanh 20 không chày", "xịt muỗi 600
 * không mùi", "nồi 24 không nắp") is the number as written, not a count of "không" (core/parser/catalog-index.ts):
 * the message's "20 không chày" then names the pestle-less mortar of 20 beside the one with it.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'stoneMortars', text: 'lay 1 coi xanh 20 co chay, 1 coi xanh 20 khong chay', items: { 'CD-X20-CC': 1, 'CD-X20-KC': 1 }, ask: false },
  { shop: 'aluminiumPots', text: 'noi 24 ko nap 2 cai', items: { 'NOI24-KN': 2 }, ask: false },
  { shop: 'hoiAnLanterns', text: 'den tre 60 khong den x3', items: { 'LTRE-60-KD': 3 }, ask: false },
  { shop: 'pestControl', text: 'mình lấy 2 chai xịt muỗi 600 không mùi', items: { 'XIT-600-KMUI': 2 }, ask: false },
  // negative: with nothing it has or lacks, the siblings of 20 still differ by the pestle: ask
  { shop: 'stoneMortars', text: 'lấy 1 cối xanh 20', items: {}, ask: true },
  // negative: "3 cô gái" (a brand of sardines) is no "có"
  { shop: 'cannedFood', text: 'cá mòi 3 cô gái 155g 2 chục lon', items: { 'CM-BCG-155': 20 }, ask: false },
];

describeCorpus('a number before what a product has or lacks', EXAMPLES);
