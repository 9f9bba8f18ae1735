/**
 * After goods named in a clause, "cho" and a product phrase that closes the clause with no amount of its own say what
 * the goods are for (core/parser/asides.ts), as "cho bé" says whom: "1 đôi má phanh v cho xe 16" is brake pads for a
 * 16-inch bike, not also the bike; "3 màn chống muỗi cho võng" is nets for hammocks; "cho xe Vision" with the model's
 * name the catalog does not know.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bikes', text: 'lấy 1 đôi má phanh v cho xe 16', items: { 'MP-V': 1 }, ask: false },
  { shop: 'bikes', text: 'mình cần bánh phụ cho xe 20 inch', items: { 'BANH-PHU': 1 }, ask: false },
  { shop: 'hammocks', text: 'Cho mình đặt 3 màn chống muỗi cho võng, tks shop', items: { 'MAN-VONG': 3 }, ask: false },
  // with the model's name the catalog does not know, capitalised
  { shop: 'batteries', text: 'Chào shop, cho em 1 bình GS 5Ah cho xe Vision nhé', items: { 'AQ-GS-12V5': 1 }, ask: false },
  { shop: 'motorbikeCare', text: 'lay 1 bat 2 lop trang bac size l + 1 ao trum yen l cho xe Vision', items: { 'BAT-2L-L': 1, 'AO-YEN-L': 1 }, ask: false },
  // negative: with an amount of its own the second phrase is a second item
  { shop: 'bikes', text: 'lấy 1 đôi má phanh v, cho 1 xe 12', items: { 'MP-V': 1, 'XE-12': 1 }, ask: false },
];

describeCorpus('what-for', EXAMPLES);
