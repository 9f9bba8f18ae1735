/**
 * In a message typed with diacritics, a last word typed bare is taken as written: "nem chua" (sour) is no "chưa?"
 * that would make the sentence a question; "chưa" with its marks still asks whether, and places nothing. So is a
 * colour closing the phrase it goes on naming ("1 gau 80cm hong" is pink, no "hỏng" reporting something broken).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'teddies', text: 'lấy 1 gau 80cm kem vs 1 gau 80cm hong', items: { 'GAU-80-KEM': 1, 'GAU-80-HONG': 1 }, ask: false },
  { shop: 'knitting', text: 'cho mình 1 cuộn len cotton hong', items: { 'LEN-CS-HONG': 1 }, ask: false },
  { shop: 'banhCuon', text: '1 lạng giò lụa với 2 cái nem chua', items: { 'GIO-LUA': 1 }, ask: true },
  { shop: 'herbs', text: 'cho e 2 hộp trà gừng với 1 hũ mơ chua', items: { 'TRA-GUNG': 2 }, ask: true },
  // negative: "chưa" written with its marks, or in a message typed bare, is the question word
  { shop: 'herbs', text: 'trà gừng còn hàng chưa ạ', items: {}, ask: false },
  { shop: 'banhCuon', text: 'gio lua con hang chua shop', items: {}, ask: false },
];

describeCorpus('bare-final-words', EXAMPLES);
