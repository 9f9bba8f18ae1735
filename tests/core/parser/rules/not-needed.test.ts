/**
 * "lấy 1 cam trong nhà 4mp nha, ko cần thẻ", "bộ 5 nồi thường thôi, ko cần nắp kính", "ko cần khắc tên nữa nhé": what
 * the customer says they do not need is ruled out, neither placed nor asked about (core/parser/scan.ts). A name that
 * carries the words ("khăn tắm không cần nước") is read whole, as the name.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kitchenware', text: 'mk lấy bộ 5 nồi thường thôi, ko cần nắp kính', items: { 'BO-NOI-5': 1 }, ask: false },
  { shop: 'leafCakes', text: 'lấy 2 chục bánh ít dừa lẻ, ko cần hộp', items: { 'BI-DUA-CHUC': 2 }, ask: false },
  { shop: 'waterHeaters', text: 'bình 20l ariston 1 cái, ko cần lắp', items: { 'AR-20L-VUONG': 1 }, ask: false },
  { shop: 'wines', text: '1 chai vang đỏ 750 + 1 chai vang trắng 750, không cần hộp', items: { 'VD-750': 1, 'VT-750': 1 }, ask: false },
  // negative: a name with the words in it is still that product
  { shop: 'adultDiapers', text: '2 gói khăn tắm không cần nước + 2 gói khăn ướt không mùi', items: { 'KHAN-TAM-KHO': 2, 'KHAN-UOT-100': 2 }, ask: false },
];

describeCorpus('not-needed', EXAMPLES);
