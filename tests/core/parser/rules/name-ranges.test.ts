/**
 * A number range inside names ("Mực khô size 10-12 con/kg", with its unit glued: "500-700g", "1-3t") is an
 * attribute the siblings differ by; "yến" weighs ten kilograms.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'freshSeafood', text: 'cho e 2kg tôm hùm bông 500-700g', items: { 'TH-500-700': 2 }, ask: false },
  { shop: 'knitting', text: 'cho e 2 mu xanh 1-3t', items: { 'MU-13-XANH': 2 }, ask: false },
  { shop: 'sauce', text: 'mua 1 kg mực 10-12', items: { 'MUC-1012': 1 }, ask: false },
  { shop: 'sauce', text: 'e lay 2 kg muc size 15-20 nha', items: { 'MUC-1520': 2 }, ask: false },
  { shop: 'sauce', text: 'mực 15-20 lấy 5 lạng', items: { 'MUC-1520': 0.5 }, ask: false },
  { shop: 'herbs', text: 'lấy 1 yến hạt sen', items: { 'HAT-SEN': 10 }, ask: false },
  // "tạ" with its mark weighs 100 kg; typed bare ("ta") it stays a dozen or a pronoun
  { shop: 'seedlings', text: 'nửa tạ phân gà', items: { 'PHAN-GA': 50 }, ask: false },
  { shop: 'stone', text: 'đá cuội trắng 1 tạ', items: { 'CUOI-KG': 100 }, ask: false },
  { shop: 'herbs', text: 'lấy 1 tạ hạt sen', items: { 'HAT-SEN': 100 }, ask: false },
  { shop: 'seafood', text: 'mực 15-20 lấy 2 cân rưỡi', items: { 'MUC-1520': 2.5 }, ask: false },
  { shop: 'seafood', text: 'dat 1 kg muc size 10-12', items: { 'MUC-1012': 1 }, ask: false },
  // a grade before a container in a name ("Tôm khô loại 1 hũ 250g") is the grade, not a pack of one
  { shop: 'sauce', text: '1 hũ tôm khô loại 1 hũ 250g', items: { 'TOM-L1-HU': 1 }, ask: false },
  // negative: a range not sold, and no range at all among two siblings
  { shop: 'sauce', text: 'mua 1 kg mực 20-30', items: {}, ask: true },
  { shop: 'sauce', text: 'mua 1 kg mực khô', items: {}, ask: true },
];

describeCorpus('name-ranges', EXAMPLES);
