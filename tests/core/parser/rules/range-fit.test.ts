/**
 * A value the message gives with its word ("bé 5 tuổi") falls in the range a sibling's name gives with the same word
 * ("Áo mưa bộ trẻ em cỡ 1 (3-6 tuổi)") and names that sibling; the number is no amount. Two values (two children)
 * decide nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'rainwear', text: 'áo mưa bộ cho bé 5 tuổi 1 bộ', items: { 'AMB-KID-1': 1 }, ask: false },
  { shop: 'aoDai', text: 'cho bé nhà e 4 tuổi 1 bộ cách tân nhé', items: { 'ADCT-4': 1 }, ask: false },
  { shop: 'knitting', text: 'e lấy 1 mũ bé 1-3 tuổi xanh, bé nhà e 2 tuổi rưỡi', items: { 'MU-13-XANH': 1 }, ask: false },
  // negative: an age alone orders nothing
  { shop: 'rainwear', text: 'ô bé 80cm có nặng ko, bé nhà e mới 4 tuổi', items: {}, ask: false },
  // negative: two ages, one line: which is which?
  { shop: 'rainwear', text: 'nhà e 2 bé, 4 tuổi với 8 tuổi, lấy 1 bộ áo mưa trẻ em', items: {}, ask: true },
];

describeCorpus('range-fit', EXAMPLES);
