/**
 * After "đổi thành", a bare number names a sibling of the line only by a value of a kind the line's product itself
 * has (core/parser/restate.ts, correctToSibling): "phượng hoàng 50 … đổi thành 80" is the 80 cm model; "đèn kẹp 5W
 * trắng x3, à thôi đổi thành 2" is two of the lamp, not the night light sold in twos.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'deskLamps', text: 'đèn kẹp 5W trắng x3, à thôi đổi thành 2', items: { 'DL5-KEP-TRANG': 2 }, ask: false },
  { shop: 'modelShips', text: 'lấy 1 phượng hoàng 50... à thôi đổi thành 80', items: { 'TB-PH-80': 1 }, ask: false },
];

describeCorpus('change-into-amount', EXAMPLES);
