/** Rule: a container named with a bare unit says its size, "chai lít", "gói nửa ký" (core/parser/container-measure.ts). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: one of the unit, or half of it after "nửa"
  { shop: 'cornLiquor', text: 'cho mình 2 chai lít 40 độ nhé', items: { 'RN40-C1L': 2 }, ask: false },
  { shop: 'namODriedSeafood', text: 'mắm 30 độ chai lít 2 chai', items: { 'NM30-1L': 2 }, ask: false },
  { shop: 'yogurt', text: 'Cho mình 1 hũ lít trắng với 1 hũ lít nếp cẩm', items: { 'SC-TRANG-1L': 1, 'SC-NEP-1L': 1 }, ask: false },
  { shop: 'cornLiquor', text: 'e lấy 2 chai nửa lít 40 độ nhé', items: { 'RN40-C500': 2 }, ask: false },
  // negative: typed bare, "gói ky" is as often "gói kỹ" (wrap carefully) or "kỷ tử"
  { shop: 'namODriedSeafood', text: 'mắm 30 độ chai lít 2 chai, goi ky giup e', items: { 'NM30-1L': 2 }, ask: false },
  // negative: a size no product of the phrase comes in is no size of it
  { shop: 'yogurt', text: 'lấy 2 hũ ký nếp cẩm', items: {}, ask: true },
];

describeCorpus('container-size', EXAMPLES);
