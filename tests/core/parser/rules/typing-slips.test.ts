/**
 * Slips of typing that hide an amount or end a clause as a question: a particle glued to the amount ("sl 5nhé",
 * "một cân rưỡinhé") is a word of its own, and a name ending "bán theo kg" ends on the unit, not on "kg" for "không?".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'herbs', text: 'cho e trà gừng mật ong sl 5nhé', items: { 'TRA-GUNG': 5 }, ask: false },
  { shop: 'driedSnacks', text: '1,5kg Khô gà lá chanh bán theo kg', items: { 'KG-KG': 1.5 }, ask: false },
  { shop: 'herbs', text: 'lấy long nhãn một cân rưỡinhé', items: { 'LONG-NHAN': 1.5 }, ask: false },
  { shop: 'driedSnacks', text: 'khô gà lá chanh bán theo kg 2kg, bánh tráng trộn x3nhé', items: { 'KG-KG': 2, 'BTT': 3 }, ask: false },
  // negative: "kg" closing a question after no unit word is still "không?"
  { shop: 'driedSnacks', text: 'khô gà lá chanh còn kg', items: {}, ask: false },
];

describeCorpus('typing-slips', EXAMPLES);
