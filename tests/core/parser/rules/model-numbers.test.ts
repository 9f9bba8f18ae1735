/**
 * "số N" is a model's number. In a name it is that number whatever word follows ("Thức ăn cá viên số 2 bao 5kg" is
 * model 2 in a 5 kg bag, not a pack of two bags: core/parser/catalog-index.ts); in a message, "số" before a size or
 * number the products named so far carry says it ("phin inox số 8": core/parser/noun-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'coffeeFilters', text: 'cho e 2 phin nhôm số 7', items: { 'PHIN-NHOM-7': 2 }, ask: false },
  { shop: 'coffeeFilters', text: 'lấy 1 phin inox số 6 nha', items: { 'PHIN-INOX-6': 1 }, ask: false },
  { shop: 'feed', text: 'gửi mình 1 Thuc an ca vien so 2 bao 5kg với ạ', items: { 'CC-VIEN-2-5': 1 }, ask: false },
  { shop: 'feed', text: 'cám cá số 2 bao nhỏ 4 bao', items: { 'CC-VIEN-2-5': 4 }, ask: false },
  // negative: a number no model has is not read as one
  { shop: 'coffeeFilters', text: 'cho e 2 phin nhôm số 9', items: {}, ask: true },
  { shop: 'feed', text: 'lấy 2 bao cám cá số 5', items: {}, ask: true },
];

describeCorpus('model-numbers', EXAMPLES);
