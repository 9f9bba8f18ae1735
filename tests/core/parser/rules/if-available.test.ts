/**
 * "còn thì …", "có thì …", "nếu còn …" after a question about a product accepts it (core/parser/clauses.ts
 * ifAvailable, core/parser/bind.ts): with an amount ("còn thì 2 bộ") it orders that many, with only the words of
 * ordering ("còn thì e lấy") one; asking for a quote or time to think ("còn thì báo e nha") orders nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sedgeSandals', text: 'shop còn set gia đình 4 đôi không ạ? còn thì e lấy', items: { 'SET-GD-4': 1 }, ask: false },
  { shop: 'sedgeSandals', text: 'shop còn set gia đình 4 đôi không ạ, còn thì 2 bộ', items: { 'SET-GD-4': 2 }, ask: false },
  { shop: 'juices', text: 'sinh tố bơ size L còn không, có thì làm 1 cốc', items: { 'ST-BO-L': 1 }, ask: false },
  { shop: 'juices', text: 'sinh tố bơ size L còn không? có thì làm 1 cốc', items: { 'ST-BO-L': 1 }, ask: false },
  // negative: accepting to hear more is no order
  { shop: 'juices', text: 'sinh tố bơ size L còn không, còn thì báo e nha', items: {}, ask: false },
  { shop: 'sedgeSandals', text: 'shop còn set gia đình 4 đôi không ạ? còn thì để e suy nghĩ thêm', items: {}, ask: false },
  // "chưa hết thì": not sold out, then
  { shop: 'flan', text: 'c ơi flan nhỏ hết chưa, chưa hết thì để e 1 khay nha', items: { 'FL-K20': 1 }, ask: false },
  { shop: 'camelliaTea', text: 'Loại 1 hộp 100g hết chưa shop? Chưa hết thì để e 2 hộp', items: { 'HK1-100': 2 }, ask: false },
  // negative: "hết thì" (sold out, then) is a fallback, no second order
  { shop: 'camelliaTea', text: 'Loại 1 hộp 100g còn không shop? hết thì thôi', items: {}, ask: false },
];

describeCorpus('if-available', EXAMPLES);
