/**
 * A bare number after a product phrase is a length as the catalog writes it, in millimetres where its names do
 * ("Thảm tập gym NBR 10mm", "Bộ 3 ổ khóa móc thép 40mm"): "thảm 10" and "khóa thép 40" name those products, and a
 * trailing "1" is one of them, not a length of 1 cm (core/parser/size-number.ts, catalog-index.ts). A bare number after
 * a correction stays an amount, not the sibling of that many millimetres (restate.ts, change-alone.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'gymMats', text: 'thảm gym đen 1, thảm gym xám 2', items: { 'TT-10-DEN': 1, 'TT-10-XAM': 2 }, ask: false },
  { shop: 'gymMats', text: 'tham 10 den 1 cai', items: { 'TT-10-DEN': 1 }, ask: false },
  { shop: 'gymMats', text: 'thảm 8mm tím 1, thảm gym đen 1', items: { 'TT-8-TIM': 1, 'TT-10-DEN': 1 }, ask: false },
  { shop: 'padlocks', text: 'khoa thep 40 chung chia bo 3, 1 bo', items: { 'KM-THEP-40-B3': 1 }, ask: false },
  { shop: 'padlocks', text: 'khóa đồng 40 chung chìa bộ 4 lấy 1 bộ', items: { 'KM-DONG-40-B4': 1 }, ask: false },
  // negatives: the single lock its alias names; a corrected amount of the 3mm sheet is no 4mm sheet
  { shop: 'padlocks', text: 'khóa thép 40 x3', items: { 'KM-THEP-40': 3 }, ask: false },
  { shop: 'signage', text: 'lấy 3 tấm alu bạc xước, thôi đổi thành 4', items: { 'ALU-3MM-BAC': 4 }, ask: false },
];

describeCorpus('millimetre-numbers', EXAMPLES);
