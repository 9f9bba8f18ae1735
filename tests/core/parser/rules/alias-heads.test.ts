/**
 * An alias that opens with a word of its own in place of the name's head ("áo trắng nữ M" of "Sơ mi nữ trắng dài tay
 * size M", "kt xám" of "Khẩu trang vải …") names the kind: the word stands for every product whose name opens alike
 * (core/parser/catalog-synonyms.ts, aliasHeads). Without it, "áo size M" fell on the one M shirt whose alias happened
 * to spell "áo", and the shirts whose aliases did not were out of reach of "áo". An alias that shortens the variety
 * of products differing only in size ("ara 250g" of three sizes of "Cà phê Arabica") stays theirs.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // the word names every shirt: a size alone does not tell men's from women's, white from blue
  { shop: 'shirts', text: 'áo size M 2 cái', items: {}, ask: true },
  { shop: 'shirts', text: 'cho a 1 áo size L', items: {}, ask: true },
  // and reaches the shirts whose own aliases never said it
  { shop: 'shirts', text: 'áo hồng size S', items: { 'SMNU-HONG-S': 1 }, ask: false },
  { shop: 'shirts', text: 'lấy 2 áo nữ xanh size S với 2 áo nữ xanh size M', items: { 'SMNU-XANH-S': 2, 'SMNU-XANH-M': 2 }, ask: false },
  { shop: 'masks', text: 'cho e 2 cái kt xanh', items: {}, ask: true },
  { shop: 'masks', text: 'e lấy 3 cái kt xám', items: { 'KTV-NL-XAM': 3 }, ask: false },
  { shop: 'souvenirs', text: 'magnet hội an set 5 mẫu 2 set nhé', items: { 'NC-HOIAN-SET5': 2 }, ask: false },
  { shop: 'dairy', text: 'lấy 1 lốc sc không đường nhé', items: { 'SC-LOC4-KD': 1 }, ask: false },
  // negative: a short name of one variety in several sizes stays that variety's
  { shop: 'coffeeFilters', text: 'them 1 ara 250g nua', items: { 'ARA-250': 1 }, ask: false },
  { shop: 'bakery', text: 'matcha 20 1 cái', items: { 'BK20-TX': 1 }, ask: false },
];

describeCorpus('alias-heads', EXAMPLES);
