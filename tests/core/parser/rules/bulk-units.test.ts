/**
 * Bulk measures of building and farm supplies are units (core/parser/units.ts): "khối" or "m3" is a cubic metre, as
 * sand and gravel are sold ("3 khoi cat vang", "nửa khối"), and "tấn" with its mark is 1,000 kg ("1 tấn cám gà đẻ" of
 * 25 kg bags is 40 bags). Typed bare, "tan" stays a word ("cà phê hoà tan").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'building', text: 'e dat 3 khoi cat vang nha a', items: { 'CAT-VANG-BT': 3 }, ask: false },
  { shop: 'building', text: 'nửa khối cát vàng thôi a', items: { 'CAT-VANG-BT': 0.5 }, ask: false },
  { shop: 'building', text: 'lấy 2 khối đá 1x2 với 4 khối cát xây tô', items: { 'DA-1X2': 2, 'CAT-XAY-TO': 4 }, ask: false },
  { shop: 'building', text: 'Cho xin 1 tấn thép phi 6 Hòa Phát', items: { 'THEP-CUON-D6': 1000 }, ask: false },
  { shop: 'feed', text: 'lấy 1 tấn cám gà đẻ', items: { 'CG-DE-25': 40 }, ask: false },
];

describeCorpus('bulk-units', EXAMPLES);
