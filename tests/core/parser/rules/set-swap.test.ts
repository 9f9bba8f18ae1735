/**
 * A set ordered with one of its goods swapped or left out is no set the shop lists (core/parser/set-swap.ts): "lấy 1
 * set cu đơ 3 vị nhưng đổi mè đen sang lá dứa" asks; "Cho mình đặt hộp quà nhưng bỏ hũ mạch nha ra được ko" asks
 * whether it can be done and places nothing. A change of the whole line ("… nhưng đổi sang loại to") is left to the
 * corrections.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cuDoThachTrung', text: 'lấy 1 set cu đơ 3 vị nhưng đổi mè đen sang lá dứa', items: {}, ask: true },
  { shop: 'bronzeThanhThuy', text: 'lấy 1 bộ tân gia nhưng đổi chảo thành nồi 24', items: {}, ask: true },
  { shop: 'maltThiPho', text: 'Cho mình đặt hộp quà nhưng bỏ hũ mạch nha ra được ko', items: {}, ask: false },
  // negative: the set with nothing swapped
  { shop: 'cuDoThachTrung', text: 'lấy 1 set cu đơ 3 vị nhé, mai giao giúp e', items: { 'SET-3VI': 1 }, ask: false },
];

describeCorpus('set-swap', EXAMPLES);
