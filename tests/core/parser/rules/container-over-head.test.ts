/**
 * "1 xấp lợn" where "Lợn" heads paintings and also names a pattern of envelopes sold by the xấp: when the container
 * the customer counts in fits only products the word does not head, the container decides. A classifier that counts
 * any long thing ("2 cây") does not. A set word decides the same way ("postcard hà nội 1 bộ": the set of ten, though
 * only the single card is headed by "postcard"). In such a list, the line before names the kind a headless phrase goes on with,
 * but never by its container: after "chả tôm 1 hộp", "bánh gai 1 chục" is the bánh gai sold by the chục, not the
 * box of five.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'souvenirs', text: 'postcard hà nội 1 bộ', items: { 'BT-HANOI-10': 1 }, ask: false },
  { shop: 'souvenirs', text: 'postcard hà nội 3 tấm', items: { 'BT-HANOI': 3 }, ask: false },
  // (a set the shop does not have, "bộ 12 chén", is no single cup)
  { shop: 'lotusTea', text: 'bộ ấm 12 chén có ko, lấy 1 bộ', items: {}, ask: true },
  { shop: 'nemChua', text: 'cha tom 1 hop, banh gai 1 chuc', items: { 'CHA-TOM-HOP-10': 1, 'BANH-GAI-CHUC': 1 }, ask: false },
  // (chopsticks by the pair or by the box of ten: "1 chục" after a box of coasters picks neither by the box)
  { shop: 'exportRattan', text: '1 hộp lót ly, đũa 1 chục', items: { 'LL-6': 1 }, ask: true },
  { shop: 'folkPrints', text: 'Lấy 1 xấp lì xì gà, 1 xấp lợn và 1 xấp chuột', items: { 'LX-GA': 1, 'LX-LON': 1, 'LX-CHUOT': 1 }, ask: false },
  { shop: 'herbs', text: 'cho e 2 hộp sen', items: { 'TRA-SEN': 2 }, ask: false },
  // negative: by the kg, the word's own product
  { shop: 'herbs', text: 'cho e 2 kg sen sấy khô', items: { 'SEN-SAY': 2 }, ask: false },
  { shop: 'stationery', text: '2 bút ký gỗ óc chó, cả 2 cây khắc tên', items: { 'BK-OC-CHO': 2, 'KHAC-TEN': 2 }, ask: false },
];

describeCorpus('container-over-head', EXAMPLES);
