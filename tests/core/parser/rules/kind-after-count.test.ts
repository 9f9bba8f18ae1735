/**
 * After a product phrase and its amount, "loại" (or "cỡ", "size") and a grade, size or count of pieces, naming no
 * goods, tells which product the phrase means ("ngói âm dương 1000 viên loại 1", "dao phay 2 con loại 1"); not a
 * size said before the amount ("măng khô lưỡi lợn 500g loại 1 lấy 4", a measure some of the goods named hold; a glued
 * measure none of them holds is the amount: "tôm nõn 1kg loại 1") nor items that each give a kind ("3 cây loại 1
 * 3 cây loại 2") (core/parser/size-after-count.ts kindAfterCount).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'potteryHuongCanh3', text: 'ngói âm dương 1000 viên loại 1', items: { 'NGOI-AD-L1': 1000 }, ask: false },
  { shop: 'renPhucSen', text: 'dao phay 2 con loại 1', items: { 'DP-L1': 2 }, ask: false },
  { shop: 'fishSauceMamChauDoc', text: 'mắm cá linh 2 ký loại 1, thêm 1 ký loại 2', items: { 'MCL-L1': 2, 'MCL-L2': 1 }, ask: false },
  { shop: 'birdsNestVinhLuong', text: 'e lấy yến thô 1 lạng loại 1 với 2 lạng loại 2', items: { 'YTHO-L1': 0.1, 'YTHO-L2': 0.2 }, ask: false },
  // a glued measure none of the goods named holds is the amount
  { shop: 'squidCakes', text: 'tôm nõn 1kg loại 1 nhé shop', items: { 'TK1-KG': 1 }, ask: false },
  { shop: 'driedShrimpNamCan', text: 'tôm khô 1kg loại 1, sđt 0367 441 208', items: { 'TK-L1': 1 }, ask: false },
  { shop: 'banhCayLangNguyen2', text: 'bánh cáy 1kg loại 1', items: { 'BC-L1': 1 }, ask: false },
  // negatives
  { shop: 'longanPhoHien2', text: 'long nhãn 500g loại 1 lấy 4', items: { 'LN-HOP-500': 4 }, ask: false },
  { shop: 'forestGoods', text: 'măng khô lưỡi lợn 500g loại 1 lấy 4', items: { 'MK-500': 4 }, ask: false },
  { shop: 'ropeBrooms', text: 'lay 6 cay choi rom, 3 cay loai 1 3 cay loai 2', items: { 'CR-L1': 3, 'CR-L2': 3 }, ask: false },
];

describeCorpus('kind-after-count', EXAMPLES);
