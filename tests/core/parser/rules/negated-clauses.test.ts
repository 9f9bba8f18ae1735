/**
 * A clause that negates ordering ("không lấy", "ko mua") places nothing; its scope ends where the message opens
 * what the customer does want: a comma, a new sentence, or a colon after the negation.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'omai', text: 'Mình mua lẻ không lấy hộp quà: 1 hộp bánh cốm 6 cái, 1 gói ô mai mơ 200g', items: { 'BANH-COM-6': 1, 'OM-MO-200': 1 }, ask: false },
  { shop: 'silver', text: 'em không lấy bộ đồ thờ: 1 đỉnh đồng 30cm với 2 bát hương đồng 16cm thôi', items: { 'DINH-30': 1, 'BAT-HUONG-16': 2 }, ask: false },
  // negative: without a colon the negation covers its clause
  { shop: 'silver', text: 'em không lấy bộ đồ thờ nữa', items: {}, ask: false },
  // negative: a colon that opens a list with no negation before it splits nothing ("Chè lam gừng 200g: 3 gói")
  { shop: 'omai', text: 'Ô mai sấu gói 200g: 3 gói', items: { 'OM-SAU-200': 3 }, ask: false },
];

describeCorpus('negated-clauses', EXAMPLES);
