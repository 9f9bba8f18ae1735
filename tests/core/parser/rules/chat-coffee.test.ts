/**
 * "cafe", "caffe" and "cf" are how a chat spells "cà phê" (core/parser/lexicon.ts SYNONYMS): "2 goi cafe culi 500g" is
 * the Culi coffee, "1 ly cafe muối" the salt coffee. A shop whose own alias says "flan cafe" still reads its words.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cauDatCoffee', text: 'Cho chi 2 goi cafe culi 500g', items: { 'CULI-P500': 2 }, ask: false },
  { shop: 'cauDatCoffee', text: 'cho mk 1 goi cf chon xay nhe', items: { 'CHON-P250': 1 }, ask: false },
  { shop: 'coffeeBeans', text: 'cho e 1 goi cafe mocha', items: { 'MOKA-HAT-250': 1 }, ask: false },
  { shop: 'saltCoffee', text: '1 ly cafe muối đá vừa ít ngọt, 1 ly đen đá không đường', items: { 'CPM-DA-M': 1, 'CPD-DA-M': 1 }, ask: false },
  // negative: "cafe" alone names no one coffee
  { shop: 'cauDatCoffee', text: 'lấy 2 gói cafe', items: {}, ask: true },
];

describeCorpus('coffee spelled in chat', EXAMPLES);
