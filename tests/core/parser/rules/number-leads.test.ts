/**
 * After "số", "phi" (a pipe's or a lid's diameter) or "mã" (a code: "Sàn gỗ 8mm mã 101"), a number in a name or a message is the product's size or model
 * number, whatever word follows it (core/parser/catalog-index.ts, attributes.ts): "Ống nhựa PVC phi 27 (bán theo
 * mét)" is no count of the word after the parenthesis, so "ống 27 lấy 8 mét" is eight metres of that pipe. The lead
 * word itself still tells apart names that have it from names that do not ("nắp phi 63" beside "Nắp gỗ 63mm").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'plumbing', text: 'ống 27 lấy 8 mét', items: { 'ONG-PVC-27-M': 8 }, ask: false },
  { shop: 'plumbing', text: 'e lấy 8 mét ống 21, 3 cút 21', items: { 'ONG-PVC-21-M': 8, 'CUT-21': 3 }, ask: false },
  { shop: 'plumbing', text: 'ong 42 lay 2 cay, ong 21 lay 7m', items: { 'ONG-PVC-42-CAY': 2, 'ONG-PVC-21-M': 7 }, ask: false },
  { shop: 'glassJars', text: 'lấy cho mk nắp phi 63 1 tá nhé', items: { 'NAP-THIEC-63': 12 }, ask: false },
  { shop: 'flooring', text: 'lấy 20m2 sàn 8mm mã 205 nhé', items: { 'CN8-205-M2': 20 }, ask: false },
  { shop: 'flooring', text: 'hộp 101 12mm 2 hộp', items: { 'CN12-101-HOP': 2 }, ask: false },
  { shop: 'wallPaint', text: 'sơn nội thất mã 1022 thùng 5L 2 thùng', items: { 'NT-KEM-1022-5L': 2 }, ask: false },
  // negative: a pipe with no unit said is a length or a bar: ask
  { shop: 'plumbing', text: 'ống 21 lấy 3 nha a', items: {}, ask: true },
];

describeCorpus('number-leads', EXAMPLES);
