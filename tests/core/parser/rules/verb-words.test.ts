/**
 * A catalog word that heads no product, used as the verb of the request ("bán cho em …", "đong cho chú …" where
 * the catalog says "bán lẻ" or "đong"), or right before an order verb ("qua lấy …"), is no product phrase. A size
 * after a grade word stays the product's even before a verb.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sauce', text: 'Bán cho em 2 hũ tiêu đen ạ', items: { 'TIEU-DEN': 2 }, ask: false },
  { shop: 'sauce', text: 'biếu cho bác 2 chai mắm 35 độ 500ml', items: { 'NM35-500': 2 }, ask: false },
  { shop: 'sweets', text: 'treo cho chị 2 đèn lồng tròn đỏ 30cm nhé', items: { 'DEN-30': 2 }, ask: false },
  // negative: a size word before the verb is the product's ("loại nhỏ lấy 1"); a head noun before "cho" stays one
  { shop: 'hats', text: 'nón lá trắng loại 45cm lấy 2, loại 40cm lấy 1', items: { 'NLT-45': 2, 'NLT-40': 1 }, ask: false },
  // a catalog word with "lại" after the product is the verb (resell), not a variant ("bán cân")
  { shop: 'joss', text: 'lấy 20 bó nhang trầm 40cm bán lại', items: { 'NT-TRAM-40': 20 }, ask: false },
  // "để" + a pronoun + an amount or a product keeps goods for someone: an order
  { shop: 'herbs', text: 'trà gừng còn không c, còn thì để e 2 hộp', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'porkRolls', text: 'để chị 1 cây giò lụa 500g nhé', items: { 'GL-500': 1 }, ask: false },
  // negative: "để e" before something else is no order
  { shop: 'herbs', text: 'ok để e hỏi chồng rồi báo lại ạ', items: {}, ask: false },
];

describeCorpus('verb-words', EXAMPLES);
