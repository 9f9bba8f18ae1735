/** A set's list of contents, in its name (core/parser/catalog-names.ts) or in the message, is not the set's own name and not order lines. */
import { describe, expect, it } from 'vitest';
import { buildMatcher, parseOrder } from '../../../../core/parser/index.ts';
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // an amount alone in parentheses after a clause that gave its amount restates it in other units
  { shop: 'hammocks', text: 'cho e 5 đôi móc chữ S (10 cái)', items: { 'MOC-S-INOX': 5 }, ask: false },
  { shop: 'bedding', text: 'chị đặt 3 vỏ gối 45x65 xám nhé (3 đôi)', items: { 'VG-4565-XAM': 3 }, ask: false },
  { shop: 'pottery', text: '2 hộp bát trắng (20 cái)', items: { 'BAT-TRANG-H10': 2 }, ask: false },
  // negative: the only amount, in parentheses, is the amount
  { shop: 'hammocks', text: 'cho e móc chữ S (2 đôi)', items: { 'MOC-S-INOX': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 3 hộp trà gừng', items: { 'TRA-GUNG': 3 }, ask: false },
  { shop: 'herbs', text: 'cho e 1 hộp quà an khang', items: { 'HQ-AN-KHANG': 1 }, ask: false },
  { shop: 'silver', text: 'Cho mình bộ đồ thờ (đỉnh 30cm + 2 bát hương + chân nến) 1 bộ', items: { 'DO-THO': 1 }, ask: false },
  { shop: 'silver', text: 'mua lẻ 1 đỉnh đồng 30cm, 2 bát hương đồng 16cm', items: { 'DINH-30': 1, 'BAT-HUONG-16': 2 }, ask: false },
  // after a set's name, "gồm" lists what it holds, up to a dash, "đúng / ấy", or a comma back to ordering
  { shop: 'combs', text: 'hộp quà 3 món gồm lược đen 15, lược chải râu, móc khóa cá - lấy 2 hộp', items: { 'HQ-3MON': 2 }, ask: false },
  { shop: 'tea', text: 'Hộp quà trà gồm 2 gói móc câu 100g và 1 gói nõn tôm đúng k ạ? Lấy cho e 3 hộp', items: { 'HOP-QUA-TRA': 3 }, ask: false },
  // after a dash in the set's name: "Hộp quà trà atiso (đỏ) - 2 hộp trà 20 túi + 1 hũ cao 200g"
  { shop: 'artichokeTea', text: 'chào shop, cho mình 2 hộp trà atiso 20 túi nha', items: { 'TT-H20': 2 }, ask: false },
  { shop: 'artichokeTea', text: 'ba hộp trà 20 túi, một hộp quà đỏ', items: { 'TT-H20': 3, 'QUA-TRA-DO': 1 }, ask: false },
  // negative: a question about what the set holds stays a question
  { shop: 'combs', text: 'hộp quà 3 món gồm những gì ạ', items: {}, ask: false },
];

describeCorpus('listed-contents', EXAMPLES);

describe('listed-contents after a dash, in a shop of its own', () => {
  const lotusTea = buildMatcher([
    { sku: 'TRA-SEN-100', name: 'Trà sen Tây Hồ hộp 100g', price: 250000, unit: 'hộp', aliases: [] },
    { sku: 'MAT-ONG-500', name: 'Mật ong rừng hũ 500g', price: 200000, unit: 'hũ', aliases: [] },
    { sku: 'QUA-SEN', name: 'Hộp quà sen – 2 hộp trà sen 100g + 1 hũ mật ong 500g', price: 650000, unit: 'hộp', aliases: [] },
  ]);
  it('a dash before a list of what the set holds leaves those words to the products themselves', () => {
    expect(parseOrder(lotusTea, 'lấy 2 hộp trà sen 100g').items).toEqual([{ sku: 'TRA-SEN-100', qty: 2 }]);
    expect(parseOrder(lotusTea, 'cho 1 hộp quà sen').items).toEqual([{ sku: 'QUA-SEN', qty: 1 }]);
  });
});
