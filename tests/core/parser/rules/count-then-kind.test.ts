/**
 * An item of a list that drops the head noun and gives its amount, then "loại" and a grade, a size word or a measure
 * ("…, 1 kg loại nhỏ", "…, lần này lấy thêm 1 cân loại 2", "…, 1 gói loại 1kg"): the sibling of the item before with
 * that grade or size in place of its own; a grade no sibling has leaves the item asking (core/parser/elided-head.ts,
 * countThenKind).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'anchovies', text: 'Cho e 1 kg cá cơm khô loại to, 1 kg loại nhỏ, sđt 0939.612.447', items: { 'CK-TO': 1, 'CK-NHO': 1 }, ask: false },
  { shop: 'tofuMoldsLangMo2', text: 'Cho tôi 1 cái khuôn ép đậu gỗ loại to, 1 cái loại nhỏ', items: { 'KHUON-L': 1, 'KHUON-S': 1 }, ask: false },
  { shop: 'potsKimLan2', text: 'e muốn 5 cái cốc men lam loại to, 5 cái loại nhỏ', items: { 'COC-LAM-500': 5, 'COC-LAM-350': 5 }, ask: false },
  { shop: 'squidCakesHaLong4', text: 'Tuần trước e lấy 2 cân chả loại 1 rồi, lần này lấy thêm 1 cân loại 2', items: { 'CHA-MUC-L2': 1 }, ask: false },
  { shop: 'lucNganGoods', text: 'Gửi e 2 gói mì chũ, 1 gói loại 500g và 1 gói loại 1kg', items: { 'MI-CHU-500G': 1, 'MI-CHU-1KG': 1 }, ask: false },
  { shop: 'shallotsVinhChau', text: 'hành tím 2kg loại 1, thêm 1kg loại 1 nữa cho mẹ', items: { 'HANH-L1': 3 }, ask: false },
  // negatives: a grade no sibling has asks; items that each name their goods read as before
  { shop: 'pomeloBinhMinh', text: 'bưởi năm roi 2kg loại 1 với 3kg loại 3', items: { 'BNR-L1': 2 }, ask: true },
  { shop: 'anchovies', text: 'Cho e 1 kg cá cơm khô loại to, 1 kg cá cơm khô loại nhỏ', items: { 'CK-TO': 1, 'CK-NHO': 1 }, ask: false },
];

describeCorpus('count-then-kind', EXAMPLES);
