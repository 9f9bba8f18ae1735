/**
 * Typed right after the count, the unit every candidate is sold by is the unit, not a word naming the one product whose
 * name also has it: "Lấy 1 tấm ván ép" where one sheet is "Ván ép … cắt nửa tấm" asks which sheet, "1 chai nước giặt sả
 * chanh" which bottle (core/parser/place.ts). Not the name's own head noun: "2 bộ cộc tay 0-3 tháng" of "Bộ cộc tay …".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'plywood', text: 'Lấy 1 tấm ván ép', items: {}, ask: true },
  { shop: 'plywood', text: '6 tấm ván ép 12 ly 215k = 1tr290 đúng ko anh, chốt nha', items: { 'VE-12': 6 }, ask: false },
  { shop: 'cleaners', text: 'lấy 1 chai nước giặt sả chanh', items: {}, ask: true },
  // negative: the unit word heads the name
  { shop: 'newbornClothes', text: 'cho 2 bộ cộc tay 0-3 tháng', items: { 'BO-CT-03': 2 }, ask: false },
];

describeCorpus('the unit right after the count', EXAMPLES);
