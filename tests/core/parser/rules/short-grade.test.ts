/**
 * Attributes, a grade written short (core/parser/attributes.ts, ordinalGrade): "ghe xanh l2", "trầm 40 L2", "dâu L1" —
 * "l" and one digit, where it is no word of the catalog, is "loại" and its number: it names the grade as "loại 2"
 * does. A grade the goods do not come in asks; where the catalog writes "l1" itself, it is read as written.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'seafoodBaLang', text: 'a lay 1kg ghe xanh l2, 1kg ghe xanh l1', items: { 'GX-L2': 1, 'GX-L1': 1 }, ask: false },
  { shop: 'incenseQuangPhuCau6', text: '2 gói trầm 40 L2 + 2 gói trầm 30 L2, sdt 0912-334-556', items: { 'HT40-L2': 2, 'HT30-L2': 2 }, ask: false },
  { shop: 'produceXuanTho', text: 'Tổng đơn: 3 hộp dâu L1, 2 hộp hồng dẻo, 1 giỏ tết', items: { 'DAU-L1': 3, 'HONG-DEO': 2, 'GIO-TET': 1 }, ask: false },
  // negative: a grade the goods do not come in
  { shop: 'seafoodBaLang', text: '1kg ghe xanh l3', items: {}, ask: true },
  // negative: the catalog's own "l1" alias
  { shop: 'teaTanCuong6', text: 'moc cau l1 1kg', items: { 'MC1-KG': 1 }, ask: false },
];

describeCorpus('grade written short', EXAMPLES);
