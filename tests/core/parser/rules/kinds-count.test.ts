/**
 * "2 hộp quà 3 loại" beside "Hộp quà hạt 3 loại (…)" and "… 5 loại (…)", "1 pizza 4 loại phô mai", "giỏ 5 loại cao
 * cấp": how many kinds a gift box, basket or pizza holds is written "N loại" in its name, and the catalog index keeps
 * it as that product's count of kinds (core/parser/catalog-index.ts), read back from the message by nameAttr
 * (core/parser/attributes.ts), as "in logo 1 màu" is. "mỗi loại 2 hộp" and "loại 1" (a grade) are unchanged.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'nuts', text: '1 hộp quà 3 loại và 1 hộp quà 5 loại', items: { 'HQ-3': 1, 'HQ-5': 1 }, ask: false },
  { shop: 'nuts', text: '2 hộp quà hạt 5 loại', items: { 'HQ-5': 2 }, ask: false },
  { shop: 'importedFruit', text: 'cho em 2 giỏ 3 loại, sđt: 09.33.22.11.44', items: { 'GIO-3': 2 }, ask: false },
  { shop: 'importedFruit', text: '1 gio qua 5 loai cao cap kem cherry nhe', items: { 'GIO-5-CHERRY': 1 }, ask: false },
  { shop: 'pizza', text: '1 pizza 4 loại phô mai với 1 trà đào', items: { 'PZ-4PM-25': 1, 'TRA-DAO': 1 }, ask: false },
  { shop: 'mushrooms', text: 'lấy 1 hộp quà nấm 9 loại nhé', items: { 'HQ-9-LOAI': 1 }, ask: false },
  // negative: a number of kinds no box holds tells nothing apart
  { shop: 'nuts', text: '1 hộp quà 4 loại', items: {}, ask: true },
];

describeCorpus('kinds-count', EXAMPLES);
