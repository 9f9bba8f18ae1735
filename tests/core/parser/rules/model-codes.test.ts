/**
 * A model code the catalog lacks right after a head noun ("đui E14" where the shop sells "Đui đèn E27", "túi gạo ST25"
 * where it sells no ST25) names a kind of thing the shop may not sell: ask, as with any unknown word standing there
 * (core/parser/noun-phrase.ts unknownModifier). The codes the catalog has still decide.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bambooLamps', text: 'đui E14 lấy 4 cái', items: {}, ask: true },
  { shop: 'cereals', text: 'lấy cho mk Gạo lứt đỏ túi 1kg x5, thêm 1 túi gạo ST25', items: { 'GLD-1': 5 }, ask: true },
  // a code of capital letters only: "pin AAA" beside "Pin AA"
  { shop: 'frames', text: 'pin AAA có ko, lấy 2 vỉ', items: {}, ask: true },
  // negative: a code the catalog has
  { shop: 'bambooLamps', text: 'đui E27 lấy 4 cái', items: { 'DUI-E27': 4 }, ask: false },
  { shop: 'frames', text: 'lấy 2 vỉ pin AA', items: { 'PIN-AA': 2 }, ask: false },
];

describeCorpus('model-codes', EXAMPLES);
