/**
 * A number spelled in words after a product, before the unit the shop sells it by, is its amount, though no general
 * list of units holds that word: "phở chín nhỏ ba tô" is three bowls, "đào 1m8 hai cành" two branches. The phrase
 * ends at the number. A digit spelled after a length or a weight and closing the phrase is its tenths, as "1m8" is:
 * "một mét tám" is 1.8 metres ("10 cân tám thơm" is rice named "tám").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pho', text: 'phở chín nhỏ ba tô', items: { 'PC-NHO': 3 }, ask: false },
  { shop: 'pho', text: 'pho chin nho ba to nha', items: { 'PC-NHO': 3 }, ask: false },
  { shop: 'flowers', text: 'đào 1m8 hai cành, đào 1m2 một cành', items: { 'DAO-CANH-1M8': 2, 'DAO-CANH-1M2': 1 }, ask: false },
  { shop: 'exportRattan', text: 'mành tre một mét tám', items: { 'MANH-120': 1.8 }, ask: false },
  { shop: 'fabrics', text: 'cho e vải đũi kem hai mét tám', items: { 'DUI12-KEM': 2.8 }, ask: false },
  { shop: 'rice', text: 'Cho mình 10 cân tám thơm lẻ', items: { 'TAM-KG': 10 }, ask: false },
  // negative: a number word before a word that is no unit stays in the phrase it belongs to
  { shop: 'flowers', text: 'đào 1m8 hai cành nha, giao mùng ba tết', items: { 'DAO-CANH-1M8': 2 }, ask: false },
];

describeCorpus('spelled-amounts', EXAMPLES);
