/**
 * "cho", a number and the people or rooms it counts ("cho 4 đứa cháu", "cho đoàn 8 người", "cho 4 phòng ngủ") say whom
 * the goods are for: no words of a product phrase, and a header may stand before them ("4 set cho 4 đứa cháu: …")
 * (core/parser/for-whom.ts). Where the catalog counts its products so ("Lều cắm trại 4 người"), "lều cho 4 người"
 * names that sibling (noun-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'riceCrackersThoHa2', text: 'Quà Tết cho 12 nhân viên, mỗi người 1 hộp quà tết Thổ Hà', items: { 'HOP-QUA-TET': 12 }, ask: false },
  { shop: 'hammocks', text: 'lấy 1 lều 2 người cho nhóm 6 người nhé', items: { 'LEU-2N': 1 }, ask: false },
  { shop: 'pets', text: '2 vòng cổ size M cho 2 bé cún', items: { 'VC-M': 2 }, ask: false },
  { shop: 'kidsKnits', text: 'lấy 3 set cho 3 đứa cháu: 1 hồng 1-3, 2 xanh 4-6', items: { 'SET-13-HONG': 1, 'SET-46-XANH': 2 }, ask: false },
  { shop: 'padlocks', text: 'khóa thép 30 lấy 6 cái cho 6 phòng trọ', items: { 'KM-THEP-30': 6 }, ask: false },
  // the catalog counts its tents by the people they sleep
  { shop: 'hammocks', text: 'lấy 1 lều cho 4 người', items: { 'LEU-4N': 1 }, ask: false },
  // negative: "cho" with a number and goods is an amount ("cho 2 cái")
  { shop: 'hammocks', text: 'lều 2 người cho 2 cái', items: { 'LEU-2N': 2 }, ask: false },
];

describeCorpus('counted-for-whom', EXAMPLES);
