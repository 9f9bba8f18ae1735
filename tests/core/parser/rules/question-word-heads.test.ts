/**
 * Typed without diacritics, a head noun may read as a question word ("sao" for "sáo", "nao"): when the next word
 * goes on naming that product, it is the product, not a question.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // after a number and its classifier, in a message typed with diacritics too, "sao" is the star counted
  { shop: 'ledLights', text: 'cho xin 1 cặp sao 30cm', items: { 'SAO-30': 2 }, ask: false },
  { shop: 'toys', text: 'lấy 3 cái sao 60 đỏ nhé', items: { 'DOS-60-DO': 3 }, ask: false },
  // typed bare right after an amount, a catalog word is the product ("hồi"), not "hỏi"
  { shop: 'spices', text: 'cho minh 1kg hoi loai 1 va 1kg thao qua', items: { 'HOI-L1': 1, 'THAO-QUA': 1 }, ask: false },
  { shop: 'spices', text: 'lay 2 goi hoi 100g', items: { 'HOI-GOI-100': 2 }, ask: false },
  // "màu gì cũng được": any will do, no question
  { shop: 'canvas', text: 'anh lấy 1 túi khóa kéo M màu gì cũng được', items: { 'TKK-M': 1 }, ask: false },
  { shop: 'bedding', text: 'Em chào shop, cho em 1 gối ôm màu gì cũng được ạ', items: { 'GOI-OM': 1 }, ask: false },
  // "cho mình hỏi mua": asking to buy orders
  { shop: 'toys', text: 'Cho mình hỏi mua 1 bộ múa lân cho cháu', items: { 'COMBO-LAN': 1 }, ask: false },
  // negative: still questions
  { shop: 'canvas', text: 'túi khóa kéo M có màu gì vậy shop', items: {}, ask: false },
  { shop: 'spices', text: 'cho minh hoi hoi loai 1 bao nhieu 1kg', items: {}, ask: false },
  { shop: 'flutes', text: 'lay 2 sao tone D loai 60 cm', items: { 'SAO-D60': 2 }, ask: false },
  { shop: 'flutes', text: 'cho e 1 sao tone G 45cm', items: { 'SAO-G45': 1 }, ask: false },
  // negative: "sao" asking why stays a question
  { shop: 'flutes', text: 'sao shop chua giao hang vay', items: {}, ask: false },
];

describeCorpus('question-word-heads', EXAMPLES);
