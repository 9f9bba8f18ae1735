/**
 * After "loại", a number and the word the catalog's names count it in ("loại 35 độ", "loại 5 ngăn", "loại 6 chén")
 * names the sibling of the item before that holds that count in place of its own: after an amount ("…, 2 chai loại 35
 * độ"), opening the next item ("…, loại 29 độ 2 chai"), or settling goods the phrase before left open ("1 bộ ấm trà,
 * loại 6 chén nhé"). A count no sibling holds leaves the item asking (core/parser/elided-head.ts, kindValue).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'plumsMocChau4', text: '3 chai rượu mận 29 độ, 2 chai loại 35 độ', items: { 'RM-29': 3, 'RM-35': 2 }, ask: false },
  { shop: 'plumsMocChau4', text: 'rượu mận 29 độ 2 chai, loại 35 độ 1 chai', items: { 'RM-29': 2, 'RM-35': 1 }, ask: false },
  { shop: 'longanLotusPhoHien', text: 'rượu nhãn 35 độ lấy 1 chai, loại 29 độ 2 chai', items: { 'RUOU-35': 1, 'RUOU-29': 2 }, ask: false },
  { shop: 'bambooTrieuKhuc', text: 'lấy khay tre loại 3 ngăn 2 cái, loại 5 ngăn 1 cái', items: { 'KT-3N': 2, 'KT-5N': 1 }, ask: false },
  { shop: 'buddhasDongKy3', text: 'Anh ơi e lấy 3 tủ giày 3 tầng, à không, đổi sang loại 5 tầng nhé', items: { 'TG-5T': 3 }, ask: false },
  { shop: 'potsHuongCanh6', text: 'lấy 1 bộ ấm trà, loại 6 chén nhé', items: { 'AT-6C': 1 }, ask: false },
  // negative: a count no sibling holds asks
  { shop: 'plumsMocChau4', text: 'rượu mận 29 độ 2 chai, loại 45 độ 1 chai', items: { 'RM-29': 2 }, ask: true },
];

describeCorpus('kind-named-count', EXAMPLES);
