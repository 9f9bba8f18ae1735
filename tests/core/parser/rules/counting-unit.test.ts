/**
 * The word every sibling is counted in tells none of them apart (core/parser/better-reading.ts): "3 ổ bánh mì" where
 * every bánh mì is sold by the ổ and one is named "Bánh mì không (ổ trơn)", "5 bó hoa ly" where every bouquet is sold
 * by the bó and one is named "… bó 99 bông": the word is the amount's unit, and the kind is still open. With the
 * words that do tell them apart, or words naming one product whole but for a place ("hũ mạch nha 300g" for "Mạch nha
 * Quảng Ngãi hũ 300g" beside "Mạch nha gừng hũ 300g"), the line is placed as before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'banhMi', text: 'cho 3 ổ bánh mì nha', items: {}, ask: true },
  { shop: 'banhMi', text: 'lấy 3 ổ bánh mì cá ngừ nhé', items: {}, ask: true },
  { shop: 'flowers', text: 'lấy 5 bó hoa ly nhé shop', items: {}, ask: true },
  { shop: 'dairy', text: 'e lấy 6 chai sữa không đường nha', items: {}, ask: true },
  { shop: 'joss', text: 'lấy 2 bó hương 40cm', items: {}, ask: true },
  // the words that tell the siblings apart still decide
  { shop: 'banhMi', text: 'lấy 3 ổ bánh mì thịt nướng nhé', items: { 'BM-THITNUONG': 3 }, ask: false },
  { shop: 'banhMi', text: '2 ổ bánh mì không', items: { 'BM-KHONG': 2 }, ask: false },
  { shop: 'flowers', text: 'lấy 2 bó hồng đỏ 99 bông', items: { 'HONG-DO-99': 2 }, ask: false },
  { shop: 'maltCandy', text: 'lấy em 1 hũ mạch nha 300g 1 hũ 500g', items: { 'MN-300': 1, 'MN-500': 1 }, ask: false },
  { shop: 'dairy', text: 'lấy 4 hũ sữa chua không đường', items: { 'SC-HU-KD': 4 }, ask: false },
];

describeCorpus('counting-unit', EXAMPLES);
