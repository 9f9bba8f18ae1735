/**
 * "mua 2 hũ chao đỏ 250g. thôi lấy 500g cho tiện", "ngũ cốc rau củ 200g lấy 1, thôi lấy loại 400g": opening a clause
 * after a line, "thôi" before an order verb corrects that line, as "à thôi" does (core/parser/scan.ts): the sibling
 * named replaces it, keeping its amount unless another is said.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'fermentedTofu', text: 'mua 2 hũ chao đỏ 250g. thôi lấy 500g cho tiện', items: { 'CD-500': 2 }, ask: false },
  { shop: 'babyFood', text: 'ngũ cốc rau củ 200g lấy 1, thôi lấy loại 400g', items: { 'NCR-6M-400': 1 }, ask: false },
  // negative: "thôi" closing the clause ("2 cái thôi") only limits the amount
  { shop: 'fermentedTofu', text: 'mua 2 hũ chao đỏ 250g thôi', items: { 'CD-250': 2 }, ask: false },
];

describeCorpus('thoi-corrects', EXAMPLES);
