/**
 * A phrase made of sizes, grades and fillers only ("1kg loại 1", "loại 1", "500g") has no word in lower case, yet is
 * no capitalized name (a street, a person): it is goods told apart by their kind. Read as a name it was left out, and
 * the line before kept its first reading without a question (core/parser/noun-phrase.ts, allCaps).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // the grade alone, said after a past purchase, is the goods now ordered
  { shop: 'driedBuffaloTaVan', text: 'Lần trước e lấy trâu loại 2 hơi khô, lần này lấy loại 1, 1 cân', items: { 'TRAU-L1': 1 }, ask: false },
  { shop: 'porkRolls2', text: 'Hôm nọ e lấy 5 bó nem chua loại 2 hơi mặn, lần này cho e loại 1, vẫn 5 bó nhé', items: { 'NC-L1': 5 }, ask: false },
  // a size none of the goods comes in, or more of a size some of them come in said alone, is asked about, not dropped
  { shop: 'sesameCandyGiaHoi', text: 'mứt gừng 1 hộp 500g', items: { 'MG-250': 1 }, ask: true },
  { shop: 'longanPhoHien2', text: 'long nhãn 2kg loại 1, thêm 500g loại 1 nữa', items: { 'LN-L1': 2 }, ask: true },
  // negatives: capitalized words are still a place, and a grade with its goods reads as before
  { shop: 'shallotsVinhChau', text: 'lấy 3kg hành tím loại 1 giao về 12 Lê Lợi', items: { 'HANH-L1': 3 }, ask: false },
  { shop: 'porkRolls2', text: 'cho e 5 bó nem chua loại 1', items: { 'NC-L1': 5 }, ask: false },
];

describeCorpus('sizes-only-phrase', EXAMPLES);
