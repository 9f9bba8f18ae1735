/**
 * Gift wrapping the shop sells by name ("Gói quà giấy kraft + rơm lót", alias "gói quà") is a service done to each
 * piece of the line before, like engraving: "một bộ ấm chén xanh rêu, gói quà" wraps that one set. Where the shop
 * sells no such thing, "gói quà giúp e" says how to pack the order and orders nothing more.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'phuLang', text: 'một bộ ấm chén xanh rêu, gói quà', items: { 'BAC-XR': 1, 'GOI-QUA': 1 }, ask: false },
  { shop: 'phuLang', text: 'e lấy 1 ấm trà nhỏ da lươn, gói quà giúp e', items: { 'AM-DL-300': 1, 'GOI-QUA': 1 }, ask: false },
  { shop: 'lacquer', text: 'lấy 2 hộp sơn mài vuông 15cm, gói quà giúp e', items: { 'HOP-SM-15': 2, 'GOI-QUA': 2 }, ask: false },
  // negative: no wrapping sold; the words say how to pack
  { shop: 'silk', text: 'cho mình 2 khăn xanh, gói quà giúp e nhé', items: { 'KL-XANH': 2 }, ask: false },
];

describeCorpus('gift-wrapping', EXAMPLES);
