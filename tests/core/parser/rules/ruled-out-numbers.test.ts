/**
 * A number after "không phải" / "ko phải" is one the customer rules out, no amount (core/parser/quantity-at.ts): "nồi
 * 24 chứ ko phải 20, 1 cái" is one pot, "xay 200g chứ ko phải 100" no hundred packs.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kitchenware', text: 'à nhầm, nồi 24 chứ ko phải 20, 1 cái', items: { 'NOI-24': 1 }, ask: false },
  { shop: 'northWest', text: '1 túi gạo nếp nương 5kg thôi ạ, không phải 5 túi', items: { 'GAO-NUONG-5KG': 1 }, ask: false },
  { shop: 'pepper', text: 'à nhầm, xay 200g chứ ko phải 100', items: {}, ask: true },
];

describeCorpus('ruled-out-numbers', EXAMPLES);
