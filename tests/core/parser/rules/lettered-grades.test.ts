/**
 * "hồng A 2 kg", "tôm khô B": a capital letter right after the words of products graded "loại A/B" is the grade,
 * the grade word left out. A grade none has asks; a lower-case "a" stays a word of address.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sweets', text: 'hồng A 2 kg, hồng B 1 kg', items: { 'HONG-A': 2, 'HONG-B': 1 }, ask: false },
  { shop: 'sauce', text: 'tôm khô B 1kg nhé', items: { 'TOM-B': 1 }, ask: false },
  { shop: 'herbs', text: 'kỷ tử A 3 lạng', items: { 'KY-TU-A': 3 }, ask: false },
  // negative: a grade not sold; no grade at all
  { shop: 'sweets', text: 'hồng C 1kg', items: {}, ask: true },
  { shop: 'sweets', text: 'cho a 1 kg hồng treo gió', items: {}, ask: true },
  // negative: a letter the names carry as a word, not as a grade ("Lãnh Mỹ A loại 1"), is that word
  { shop: 'tanChauSilk2', text: 'Chào cô Sáu, con lấy 2 mét lãnh Mỹ A loại 1 nghen', items: { 'LMA-L1': 2 }, ask: false },
  { shop: 'khanRan', text: 'Cho mình 2 mét rưỡi lãnh Mỹ A loại 1 nhé', items: { 'LANH-MYA-L1': 2.5 }, ask: false },
];

describeCorpus('lettered-grades', EXAMPLES);
