/**
 * "mẫu C 100 lấy 2 xấp", "đặt 3 xấp mẫu B 50": a grade the names carry ("loại A", "mẫu B") opens or narrows the
 * phrase, so that the number after it is read against the graded products (a pack size they carry) rather than as
 * a quantity. "mẫu" grades like "loại". A grade none carries still asks; "mỗi loại 2" is no grade.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'weddingCards', text: 'mẫu C 100 lấy 2 xấp nha', items: { 'TC-C100': 2 }, ask: false },
  { shop: 'weddingCards', text: 'đặt 3 xấp mẫu B 50', items: { 'TC-B50': 3 }, ask: false },
  { shop: 'weddingCards', text: 'lấy mẫu C 100 thiệp 1 xấp, mẫu C 50 thiệp 1 xấp', items: { 'TC-C100': 1, 'TC-C50': 1 }, ask: false },
  { shop: 'sweets', text: 'loại B hồng treo gió 2 kg nhé', items: { 'HONG-B': 2 }, ask: false },
  { shop: 'sauce', text: 'loại A tôm khô lấy 1 kg', items: { 'TOM-A': 1 }, ask: false },
  // negative: a grade nobody carries; "mỗi loại" counts each kind
  { shop: 'sweets', text: 'loại C hồng treo gió 2 kg', items: {}, ask: true },
  { shop: 'sweets', text: 'hồng treo gió mỗi loại 2 kg', items: { 'HONG-A': 2, 'HONG-B': 2 }, ask: false },
  // after "đổi sang", the grade with what follows it; the grade alone still names the sibling of the line before
  { shop: 'weddingCards', text: 'mẫu A 50 thiệp lấy 4 xấp, đổi sang mẫu B 50 nhé', items: { 'TC-B50': 4 }, ask: false },
  { shop: 'herbs', text: 'kỷ tử loại B 5 lạng, thôi đổi sang loại A', items: { 'KY-TU-A': 5 }, ask: false },
];

describeCorpus('grade-first', EXAMPLES);
