/**
 * Digits opening with a zero, three or more of them ("0123", "0912"), are part of a phone number or a code, never an
 * amount: "sđt 0123 không dùng nữa" after an order is no 123 more of it.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lychees', text: 'vải thiều sấy khô hộp 500g lấy ba hộp, sđt 0123 không dùng nữa, số mới 0399 765 432', items: { 'VS-H500': 3 }, ask: false },
  { shop: 'medicinal', text: 'lấy 2 hộp táo đỏ hộp, sđt 0123 không dùng nữa nhé', items: { 'TAO-DO-HOP': 2 }, ask: false },
  // negative: a count without the leading zero still counts
  { shop: 'medicinal', text: 'lấy 12 hộp táo đỏ hộp', items: { 'TAO-DO-HOP': 12 }, ask: false },
];

describeCorpus('zero-led-digits', EXAMPLES);
