/**
 * An order of "the same" ("y vậy", "y chang", "y như vậy") or "gấp đôi" after a past purchase told with its amount
 * orders those goods again, in that amount or twice it; with no amount told, or goods that fit several products, it
 * asks (core/parser/repeat-order.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'gomTanVan', text: 'Hôm bữa lấy 5 chậu lam 30 rồi, bữa nay lấy y vậy', items: { 'CHAU-LAM-30': 5 }, ask: false },
  { shop: 'mutDauTraiMat', text: 'tuần rồi e lấy 3 ký khoai dẻo, nay lấy y chang', items: { 'KHOAI-DEO-KG': 3 }, ask: false },
  { shop: 'rattanPhuVinh5', text: 'năm ngoái e lấy 30 giỏ quà nâu, năm nay lấy y vậy', items: { 'GIOQUA-NAU': 30 }, ask: false },
  { shop: 'renPhucSen', text: 'lần trước lấy 5 liềm răng cưa, lần này lấy gấp đôi', items: { 'LIEM-RC': 10 }, ask: false },
  { shop: 'uniformsNamDinh', text: 'Lần trước e lấy 30 áo sơ mi 39, lần này lấy gấp đôi', items: { 'SOMI-39': 60 }, ask: false },
  // "gấp đôi" where a name has "đôi" ("Cốc đôi khắc tên") names no goods
  { shop: 'teaSetsBatTrang2', text: 'đơn cũ lấy 5 hộp trà sen, lần này lấy gấp đôi nhé', items: { 'TRA-SEN-25': 10 }, ask: false },
  { shop: 'altarSonDong3', text: 'lần trước đặt 5 bó hương 100 nén, lần này lấy gấp đôi', items: { 'HUONG-100': 10 }, ask: false },
  // asks: no amount told, or goods that fit more than one product
  { shop: 'rattanPhuVinh5', text: 'năm ngoái e lấy giỏ quà nâu, năm nay lấy y vậy', items: {}, ask: true },
  { shop: 'renPhucSen', text: 'lần trước lấy 5 liềm, lần này lấy gấp đôi', items: {}, ask: true },
  // negatives: an amount said now is the amount
  { shop: 'gomTanVan', text: 'Hôm bữa lấy 5 chậu lam 30 rồi, bữa nay lấy 3 cái y vậy', items: { 'CHAU-LAM-30': 3 }, ask: false },
];

describeCorpus('repeat-order', EXAMPLES);
