/**
 * "e lay 1 phan 10 xau", "1 phần 20 xiên": after a count, "phần" (or "cái") is the classifier of the amount, unless a
 * count its products' names hold follows it ("Phần nem nướng 10 xâu"): then it is the product's own word, and the
 * count names which portion (core/parser/context.ts lookup). "45 phân" stays forty-five centimetres.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'nemNuong', text: 'e lay 1 phan 10 xau nhe', items: { 'NN-P10': 1 }, ask: false },
  { shop: 'nemNuong', text: 'lấy 2 phần 10 xâu, à đổi 1 phần thành phần 20 xâu nhé', items: { 'NN-P10': 1, 'NN-P20': 1 }, ask: false },
  { shop: 'grilledSkewers', text: 'Cho e 1 phần 20 xiên và 1 phần 10 xiên nem sả nhé', items: { 'NL-P20': 1, 'NL-SA-P10': 1 }, ask: false },
  // negative: a count no portion's name holds asks
  { shop: 'nemNuong', text: 'e lay 1 phan 15 xau nhe', items: {}, ask: true },
];

describeCorpus('portion counts', EXAMPLES);
