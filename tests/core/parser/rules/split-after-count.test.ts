/**
 * A counted header without a colon, spelled out at once by counted items that add up to it: "mua 2 con chuột ko dây 1
 * đen 1 trắng" is one black and one white wireless mouse. The header alone could be several siblings; with the header
 * each item names exactly one. When the amounts do not add up, or an item fits no sibling, the reading asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'mice', text: 'mua 2 con chuột ko dây 1 đen 1 trắng', items: { 'M-WL-DEN': 1, 'M-WL-TRANG': 1 }, ask: false },
  { shop: 'potteryPhuLang', text: 'Bác cho cháu 2 cái vại 20 lít, 1 cái có nắp, 1 cái không nắp ạ', items: { 'VAI-20-N': 1, 'VAI-20': 1 }, ask: false },
  { shop: 'porkRolls2', text: 'Cho chị 2 cây giò bò, 1 cây 500g, 1 cây 1kg', items: { 'GB-500': 1, 'GB-1KG': 1 }, ask: false },
  { shop: 'maternity', text: 'lấy 2 đồ ngủ cộc tay, 1 M 1 L', items: { 'BN-CT-M': 1, 'BN-CT-L': 1 }, ask: false },
  // without the header's count, items that each name one sibling with it
  { shop: 'tweezers', text: 'cần mua nhíp, 1 thẳng 1 cong 1 chữ L', items: { 'NHIP-THANG': 1, 'NHIP-CONG': 1, 'NHIP-VOL-L': 1 }, ask: false },
  // negatives: the amounts do not add up to the header's; an item fits no sibling
  { shop: 'mice', text: 'mua 3 con chuột ko dây 1 đen 1 trắng', items: {}, ask: true },
  { shop: 'porkRolls2', text: 'Cho chị 2 cây giò bò, 1 cây 500g, 1 cây 2kg', items: {}, ask: true },
  { shop: 'tweezers', text: 'cần mua nhíp, 1 thẳng 1 xanh', items: {}, ask: true },
  // negative: lines naming the goods afresh or adding more are no items of the header; it still asks
  { shop: 'changSonFans', text: '10 quạt hỉ, 5 quạt trơn, thêm 5 quạt hỷ nữa', items: { 'QG-TRON': 5, 'QG-HY': 5 }, ask: true },
];

describeCorpus('split-after-count', EXAMPLES);
