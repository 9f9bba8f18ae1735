/**
 * Catalog index regionalHeads (core/parser/catalog-index.ts): a regional synonym the shop writes only as a modifier
 * ("Bát hương", "trầm hương"; "Bộ ấm chén") also names the products the other word heads ("Nhang …", "Bát …").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: "hương" for the incense the shop names "Nhang …"
  { shop: 'incense', text: 'hương thảo mộc 3 bó nhé shop', items: { 'NHANG-THAO-30': 3 }, ask: false },
  { shop: 'incense', text: 'chị lấy 2 bó hương quế 40cm', items: { 'NHANG-QUE-40': 2 }, ask: false },
  // positive: "chén" for the bowls the shop names "Bát …"
  { shop: 'tableware', text: 'cho em 4 chén cơm men rạn', items: { 'BAT-RAN-12': 4 }, ask: false },
  // negative: the word still means what the shop's own names say with it
  { shop: 'incense', text: '1 bát hương 16cm', items: { 'BAT-HUONG-16': 1 }, ask: false },
  { shop: 'tableware', text: '1 bộ ấm chén men lam', items: { 'AC-LAM': 1 }, ask: false },
  // negative: what the words do not tell apart is asked about, not guessed
  { shop: 'incense', text: 'lấy 2 bó hương 40cm', items: {}, ask: true },
  { shop: 'tableware', text: '2 chén men lam 16cm', items: {}, ask: true },
  // negative: a shop that heads products with both words keeps them apart
  { shop: 'silver', text: '1 bộ bát rượu bạc', items: {}, ask: true },
];

describeCorpus('regional-heads', EXAMPLES);
