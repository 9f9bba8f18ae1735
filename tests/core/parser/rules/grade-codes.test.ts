/**
 * "L1", "L2" written for "loại 1", "loại 2" at a shop whose names carry numbered grades ("vải L1 2kg", "muc kho l2 3
 * lang"), a comma after it closing a list's item too ("ghe xanh l2, 1kg ghe xanh l1"); inside a code ("BPT-L1-500")
 * or where no name carries that grade it stays as written.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'driedShrimpRachGoc', text: 'tom lon L1 1kg, tom lon L2 1kg', items: { 'TK-L1': 1, 'TK-L2': 1 }, ask: false },
  { shop: 'driedShrimpRachGoc', text: 'tom vua l1 2kg + tom nho l2 1kg', items: { 'TK-V1': 2, 'TK-N2': 1 }, ask: false },
  { shop: 'driedSeafood', text: 'muc kho l2 3 lang', items: { 'MUC-KHO-L2': 0.3 }, ask: false },
  { shop: 'driedSeafood', text: 'muc 1 nang l1 1kg', items: { 'MUC-1N-L1': 1 }, ask: false },
  { shop: 'rockSugar', text: 'đường phèn L1 1kg 2 túi, L2 1kg 1 túi', items: { 'DP1-1KG': 2, 'DP2-1KG': 1 }, ask: false },
  { shop: 'seafoodBaLang', text: 'a lay 1kg ghe xanh l2, 1kg ghe xanh l1', items: { 'GX-L2': 1, 'GX-L1': 1 }, ask: false },
  { shop: 'incenseQuangPhuCau6', text: '2 gói trầm 40 L2 + 2 gói trầm 30 L2, sdt 0912-334-556', items: { 'HT40-L2': 2, 'HT30-L2': 2 }, ask: false },
  { shop: 'produceXuanTho', text: 'Tổng đơn: 3 hộp dâu L1, 2 hộp hồng dẻo, 1 giỏ tết', items: { 'DAU-L1': 3, 'HONG-DEO': 2, 'GIO-TET': 1 }, ask: false },
  // negative: a code that holds the grade is read as the code; a grade no name carries is no grade
  { shop: 'trangBangCrackers', text: 'BPT-L1-500 x2', items: { 'BPT-L1-500': 2 }, ask: false },
  { shop: 'rockSugar', text: 'MM-L1-2L x2', items: { 'MM-L1-2L': 2 }, ask: false },
  { shop: 'lucNganLychees', text: 'vải L7 2kg', items: {}, ask: true },
  { shop: 'seafoodBaLang', text: '1kg ghe xanh l3', items: {}, ask: true },
  // negative: the catalog's own "l1" alias
  { shop: 'teaTanCuong6', text: 'moc cau l1 1kg', items: { 'MC1-KG': 1 }, ask: false },
];

describeCorpus('grade-codes', EXAMPLES);
