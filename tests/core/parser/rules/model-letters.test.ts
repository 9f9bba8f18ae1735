/**
 * A capital "A" after a word of a name is a model's letter, like the "B" and "C" of its siblings ("Hộp quà A" beside
 * "Hộp quà B"), not the English article the index drops from names (core/parser/catalog-index.ts). Without it the
 * plain "hộp quà" read as set A. A bare lower-case "a" is that letter only where a name writes it after the word
 * before ("hop qua a"); closing a message ("móc câu 200g a") it is "ạ" (core/parser/attributes.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'giftBoxes', text: 'lấy 50 hộp A', items: { 'HQ-A': 50 }, ask: false },
  { shop: 'giftBoxes', text: 'hop qua a 35 hop nhe', items: { 'HQ-A': 35 }, ask: false },
  { shop: 'mooncakes', text: 'lấy 2 set quà trung thu A nha', items: { 'SET-QUA-A': 2 }, ask: false },
  // negative: without the letter the sets are not told apart; a letter the shop has no set of is asked about
  { shop: 'giftBoxes', text: 'đặt 80 hộp quà nhé', items: {}, ask: true },
  { shop: 'giftBoxes', text: 'cho mình 20 hộp quà D', items: {}, ask: true },
  { shop: 'mooncakes', text: 'cho e 1 set quà trung thu', items: {}, ask: true },
  { shop: 'tea', text: 'e lay 1 goi non tom 100g 1 goi moc cau 200g a', items: { 'NT-100': 1, 'MC-200': 1 }, ask: false },
];

describeCorpus('model-letters', EXAMPLES);
