/**
 * A set or box is chosen only by its own word: among tied candidates, when all but one are named "Bộ …", "Set …",
 * "Combo …", "Hộp …" and that word was not said, the one that is no set is meant.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'toys', text: 'lấy 4 tò he', items: { 'TOHE-LE': 4 }, ask: false },
  { shop: 'toys', text: '1 tá tò he nhé shop', items: { 'TOHE-LE': 12 }, ask: false },
  { shop: 'pottery', text: 'lấy 1 ấm lam thôi ạ', items: { 'AM-LAM': 1 }, ask: false },
  { shop: 'pottery', text: 'cho mk 10 chén trà lam vs 1 ấm trà lam nhé', items: { 'CHEN-LAM': 10, 'AM-LAM': 1 }, ask: false },
  // negative: the set's word said orders the set; two single products still ask
  { shop: 'incense', text: '1 set thờ cúng nhé', items: { 'SET-THO': 1 }, ask: false },
  { shop: 'toys', text: 'lấy 1 hộp tò he 12 con giáp', items: { 'TOHE-12': 1 }, ask: false },
  { shop: 'pottery', text: '2 bộ ấm chén men lam', items: { 'AC-LAM-6': 2 }, ask: false },
  { shop: 'tableware', text: '2 bát men lam', items: { 'BAT-LAM-12': 2 }, ask: false },
  { shop: 'hats', text: 'lấy 1 nón lá trắng', items: {}, ask: true },
];

describeCorpus('single-over-set', EXAMPLES);
