/**
 * A clause that is only an order verb ("e lấy hết", "lấy luôn nhé"), after a question naming a product, takes what
 * the question named in an amount the words may not tell: when nothing else came of the message, ask about that
 * product rather than say nothing (core/parser/rules/unplaced-order.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'babyGoods', text: 'c ơi bỉm M 60 miếng còn 12 gói hả, e lấy hết', items: {}, ask: true },
  { shop: 'gummies', text: '1 lạng rưỡi kẹo chua cân được không shop? lấy luôn nhé', items: {}, ask: true },
  { shop: 'capsules', text: 'máy tạo bọt sữa tự động còn mấy cái vậy shop, e lấy hết', items: {}, ask: true },
  // negative: with an amount the answer places as before
  { shop: 'capsules', text: 'phin nhôm còn ko shop, lấy 2 cái', items: { 'PHIN-NHOM': 2 }, ask: false },
  // negative: a question and thanks order nothing and ask nothing
  { shop: 'babyGoods', text: 'khăn ướt 100 tờ còn không shop, cảm ơn', items: {}, ask: false },
];

describeCorpus('taken-after-question', EXAMPLES);
