/**
 * "còn" or "có" right before the clause's closing "không" asks whether the goods just named are there ("tô đất 16cm
 * con khong", "đỉnh 40 có không"): typed bare, "con" is no word of their name, so the goods stay named for the answer
 * "còn thì lấy e 3 cái" to order.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // where "con" or "có" is a word of other names in the catalog ("Cua cốm (cua con nhỏ)", "Giỏ đay có quai")
  { shop: 'crabs', text: 'cua lot con ko shop, con thi lay e 2 ky', items: { 'CUA-LOT': 2 }, ask: false },
  { shop: 'rugs', text: 'lot noi day co khong, co thi lay 2 bo', items: { 'LN-DAY-4': 2 }, ask: false },
  { shop: 'rugs', text: 'tham day tron phi 90 co ko shop, co thi lay 1 tam', items: { 'TD-TRON-90': 1 }, ask: false },
  { shop: 'hardware', text: 'son chong gi mau do con ko, con thi lay 3 lon', items: { 'SON-CS-DO': 3 }, ask: false },
  // negatives: the question alone orders nothing; "con" in the name of the goods read stays theirs
  { shop: 'crabs', text: 'cua lot con ko shop', items: {}, ask: false },
  { shop: 'crabs', text: 'cua com con ko, con thi lay 1 ky', items: { 'CUA-COM': 1 }, ask: false },
];

describeCorpus('stock-asked', EXAMPLES);
