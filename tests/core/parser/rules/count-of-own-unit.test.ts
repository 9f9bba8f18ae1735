/**
 * "bàu đá 45 chai nhỏ", an alias of a bottle sold by the chai: a number followed by the word the product itself is
 * sold by holds no pack of it (one bottle holds no 45 bottles); the number names the product, as "bàu đá 45" of the
 * 45-degree spirit (core/parser/catalog-index.ts). A pack's own name still counts its pieces ("thùng 24 lon").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bauDa', text: 'chín chai bàu đá 45 nhé shop', items: { 'BD45-500': 9 }, ask: false },
  { shop: 'bauDa', text: 'Ba chai bau da 45, hai chai ba kich', items: { 'BD45-500': 3, RBK: 2 }, ask: false },
  { shop: 'bauDa', text: '5 chai kim son 40 500ml, a khong, lay 4 thoi', items: { 'KS40-500': 4 }, ask: false },
  // the can of the same spirit, by its own alias
  { shop: 'bauDa', text: 'lấy 2 can bàu đá 40', items: { 'BD40-2L': 2 }, ask: false },
  // negative: a pack named by what it holds still counts its pieces
  { shop: 'eggs', text: '8 quả trứng muối', items: { 'MUOI-4': 2 }, ask: false },
];

describeCorpus('count of the own sale unit', EXAMPLES);
