/**
 * A size said with its lead word matches the shop's alias that writes it so ("bóng cao su số 5") or bare ("sneaker
 * trắng 42"), word for word, and names that product among siblings of the same size; a number said bare is not an
 * alias that leads it ("kim 16" is not "kim số 16" beside a jeans needle No. 16) (core/parser/named-alias.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'basketball', text: 'bóng cao su số 5 x1, bóng cao su số 6 x1', items: { 'BR-CS-5': 1, 'BR-CS-6': 1 }, ask: false },
  { shop: 'mensShoes', text: 'sneaker trắng size 42 1 đôi', items: { 'SN-TRANG-42': 1 }, ask: false },
  // negative: the lead left out
  { shop: 'sewingMachines', text: 'cho e 2 vỉ kim 16', items: {}, ask: true },
];

describeCorpus('alias-size-lead', EXAMPLES);
