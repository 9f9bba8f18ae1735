/**
 * "cho e 2 hop thit chua loai 10 ong", "3 xấp bánh đa nem 22cm loại 100 lá", "ổ cắm sino loại 3 lỗ": after "loại" (a
 * grade word), a number and a word that a candidate's name counts ("hộp 10 ống", "xấp 100 lá", "3 lỗ") name that
 * kind; they are no grade and no second amount (core/parser/attributes.ts nameAttr).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'thanhSon', text: 'cho e 2 hop thit chua loai 10 ong, a khong, lay 3 thoi', items: { 'TC-10': 3 }, ask: false },
  { shop: 'riceWrappers', text: 'Chào chị, cho em 3 xấp bánh đa nem 22cm loại 100 lá ạ', items: { 'BD22-X100': 3 }, ask: false },
  { shop: 'weddingCards', text: 'Chào shop, cho mình đặt 2 xấp thiệp mẫu A loại 100 thiệp nhé', items: { 'TC-A100': 2 }, ask: false },
  { shop: 'wireAndPipes', text: 'Cho mình 2 ổ cắm sino loại 3 lỗ', items: { 'OC-SINO-3': 2 }, ask: false },
  { shop: 'lotusTea', text: 'khay trà loại 1 tầng thôi nhé, 1 cái', items: { 'KHAY-1T': 1 }, ask: false },
  // negative: a grade the names write is still a grade
  { shop: 'ruoi', text: 'lay 5 lang ruoi loai 2', items: { 'RT-L2': 0.5 }, ask: false },
  // negative: a count no candidate's name holds after "loại" names nothing; the reading asks
  { shop: 'thanhSon', text: 'cho e 2 hop thit chua loai 15 ong', items: {}, ask: true },
];

describeCorpus('count after a grade word', EXAMPLES);
