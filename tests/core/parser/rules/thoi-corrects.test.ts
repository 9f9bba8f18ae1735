/**
 * "mua 2 hũ chao đỏ 250g. thôi lấy 500g cho tiện", "ngũ cốc rau củ 200g lấy 1, thôi lấy loại 400g": opening a clause
 * after a line, "thôi" before an order verb corrects that line, as "à thôi" does (core/parser/scan.ts): the sibling
 * named replaces it, keeping its amount unless another is said. So does a clause that ends on "mới đúng" (is the right
 * one) or "thay" (instead): "cho 2 hũ đen 100g, ko đúng r 2 hũ 200g mới đúng"; not "… thêm 1 lưới nữa để thay" (a spare)
 * nor "à quên, thêm …" (forgot to add).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'fermentedTofu', text: 'mua 2 hũ chao đỏ 250g. thôi lấy 500g cho tiện', items: { 'CD-500': 2 }, ask: false },
  { shop: 'babyFood', text: 'ngũ cốc rau củ 200g lấy 1, thôi lấy loại 400g', items: { 'NCR-6M-400': 1 }, ask: false },
  { shop: 'instantCoffee', text: 'cho 2 hũ đen 100g, ko đúng r 2 hũ 200g mới đúng', items: { 'DEN-HU-200': 2 }, ask: false },
  { shop: 'lingzhi', text: 'lấy 4 hộp trà linh chi 20 túi, à lấy 2 hộp 50 túi thay', items: { 'LC-TRA-H50': 2 }, ask: false },
  { shop: 'banhKhot', text: 'can tom x2 nha, a quen, them 1 can muc', items: { 'BC-TOM': 2, 'BC-MUC': 1 }, ask: false },
  // negative: "thôi" closing the clause ("2 cái thôi") only limits the amount
  { shop: 'fermentedTofu', text: 'mua 2 hũ chao đỏ 250g thôi', items: { 'CD-250': 2 }, ask: false },
];

describeCorpus('thoi-corrects', EXAMPLES);
