/**
 * The pieces a sibling's pack holds, said with the goods, name that pack: glued to their classifier with the amount
 * said apart ("cha gio tom 20c x5", "đặt 5 túi kẹp 50c") (core/parser/size-number.ts), or as a container of so many
 * ("chả giò tôm, thịt mỗi loại 1 hộp 20 cái", "2 xap 10 cai", per container) (place.ts). A count of pieces before the
 * goods, with nothing apart, is the amount and asks which pack.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'springRolls', text: 'cha gio tom 20c x5 cha gio thit 20c x5', items: { 'CG-TOM-20': 5, 'CG-THIT-20': 5 }, ask: false },
  { shop: 'springRolls', text: 'cho mk 2 hop cg tom 30c, 1 hop cg thit 20c nha', items: { 'CG-TOM-30': 2, 'CG-THIT-20': 1 }, ask: false },
  { shop: 'springRolls', text: 'chả giò tôm, thịt mỗi loại 1 hộp 20 cái', items: { 'CG-TOM-20': 1, 'CG-THIT-20': 1 }, ask: false },
  { shop: 'shadeNets', text: 'đặt 5 túi kẹp 50c, 3 hộp khoen, sđt: 0789.335.660', items: { 'KEP-50': 5, 'KHOEN-100': 3 }, ask: false },
  // negative: pieces before the goods, nothing apart
  { shop: 'springRolls', text: 'cho e 20c cha gio tom', items: {}, ask: true },
];

describeCorpus('the pieces a pack holds, said with the goods', EXAMPLES);
