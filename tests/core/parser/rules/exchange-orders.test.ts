/**
 * "đổi" is how a change of the order opens ("đổi sang size L"), but where the shop sells an exchange by that very word
 * ("Bình 20 lít (đổi vỏ)", "Bình gas 12kg đổi vỏ"), "đổi 2 bình 20l" with nothing to change into orders the exchange
 * (core/parser/clauses.ts). With "sang", "thành" or "qua" it still changes the order.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'water', text: 'đổi 2 bình 20l, sdt 0912345678', items: { 'BINH-20L-DOI': 2 }, ask: false },
  { shop: 'water', text: 'a ơi đổi cho e 2 bình 20 lít nhé', items: { 'BINH-20L-DOI': 2 }, ask: false },
  { shop: 'gas', text: 'đổi 1 bình gas 12kg nhé', items: { 'GAS-12-DOI': 1 }, ask: false },
  // negative: a change into something else still changes the order (one of the cart, change-alone.test.ts; here the
  // two gases sold by the bottle leave it unread, and the bot shows the cart to edit)
  { shop: 'gas', text: 'đổi 2 bình gas thành 3 bình', items: {}, ask: true },
  // negative: where no product is named by the word, "đổi" alone is a change and places nothing
  { shop: 'hats', text: 'đổi 2 nón lá trắng 40cm', items: {}, ask: false },
];

describeCorpus('exchange-orders', EXAMPLES);
