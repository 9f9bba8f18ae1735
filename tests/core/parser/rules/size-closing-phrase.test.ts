/**
 * A bare number closing a product phrase that is a size the names give after "size" ("Dép lê da bò (size 42-43)",
 * "Giày cưới … size 36") names that size, after "cỡ" or alone (core/parser/size-number.ts). A number before more
 * words is their amount.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'mensShoes', text: 'đặt hộ bố e 1 đôi dép lê cỡ 42', items: { 'DL-4243': 1 }, ask: false },
  { shop: 'mensShoes', text: 'cho em 1 đôi dép lê 42 nhé', items: { 'DL-4243': 1 }, ask: false },
  { shop: 'heels', text: '1 đôi giày cưới 9cm ánh kim cỡ 36', items: { 'CUOI-9-36': 1 }, ask: false },
  { shop: 'heels', text: 'lấy đôi giày cưới ánh kim 37 nha', items: { 'CUOI-9-37': 1 }, ask: false },
  // negative: a number before the next words counts them
  { shop: 'rainwear', text: 'cho em 1 mũ bảo hiểm', items: {}, ask: true },
];

describeCorpus('size-closing-phrase', EXAMPLES);
