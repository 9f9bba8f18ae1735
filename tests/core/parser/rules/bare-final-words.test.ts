/**
 * In a message typed with diacritics, a last word typed bare is taken as written: "nem chua" (sour) is no "chưa?"
 * that would make the sentence a question; "chưa" with its marks still asks whether, and places nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'banhCuon', text: '1 lạng giò lụa với 2 cái nem chua', items: { 'GIO-LUA': 1 }, ask: true },
  { shop: 'herbs', text: 'cho e 2 hộp trà gừng với 1 hũ mơ chua', items: { 'TRA-GUNG': 2 }, ask: true },
  // negative: "chưa" written with its marks, or in a message typed bare, is the question word
  { shop: 'herbs', text: 'trà gừng còn hàng chưa ạ', items: {}, ask: false },
  { shop: 'banhCuon', text: 'gio lua con hang chua shop', items: {}, ask: false },
];

describeCorpus('bare-final-words', EXAMPLES);
