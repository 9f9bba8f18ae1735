/**
 * A word that opens a product's name is its head even when, typed bare, it is also a size word: "Co (cút) PVC phi
 * 21" is an elbow fitting, and "co 21" in a message names it, not "cỡ 21" (core/parser/catalog-index.ts). Elsewhere
 * "cỡ" still says a size.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'wireAndPipes', text: 'co 34 muoi cai', items: { 'CO-34': 10 }, ask: false },
  { shop: 'wireAndPipes', text: 'cho e 100 co 21 voi 50 te 21', items: { 'CO-21': 100, 'TE-21': 50 }, ask: false },
  { shop: 'wireAndPipes', text: 'co 27 hai chục cái, măng sông 21 mười cái', items: { 'CO-27': 20, 'MANG-SONG-21': 10 }, ask: false },
  { shop: 'fittings', text: 'lấy 6 co 76 với 2 tê 60', items: { 'CO-INOX-76': 6, 'TE-INOX-60': 2 }, ask: false },
  // negative: "cỡ" after another head is the size it always was
  { shop: 'fittings', text: 'lấy 3 đôi găng tay cỡ L', items: { 'GANG-L': 3 }, ask: false },
  { shop: 'fittings', text: 'găng tay bảo hộ co M 2 đôi', items: { 'GANG-M': 2 }, ask: false },
  // negative: "cỡ" written with its mark is never read as a misspelt catalog word
  { shop: 'flutes', text: 'mõ gỗ cỡ lớn 1 cái, mõ cỡ nhỏ 1 cái', items: { 'MO-L': 1, 'MO-S': 1 }, ask: false },
  // a count, its classifier and a size word, "nữa" after: the size of the goods before, one more of them
  { shop: 'swimwear', text: 'cho mình 1 đồ bơi nữ m và 1 cái size l nữa', items: { 'DB-NU-M': 1, 'DB-NU-L': 1 }, ask: false },
  { shop: 'huongCanhPots', text: '1 niêu số 2, thêm 1 cái số 1', items: { 'NIEU-2': 1, 'NIEU-1': 1 }, ask: false },
];

describeCorpus('head-before-size-word', EXAMPLES);
