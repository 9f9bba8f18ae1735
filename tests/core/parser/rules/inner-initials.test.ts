/**
 * The initials of two words inside a name stand for that pair when no pair a name opens with, and no other pair
 * inside a name, has them: "trứng gà cn" for "Trứng gà công nghiệp vỉ 10 quả", "gối cs" for "Gối cao su …", "gang tm"
 * for "Găng thủ môn" (core/parser/catalog-synonyms.ts). Initials of a name's opening pair keep them ("mt sữa" for
 * "Màn thầu hấp sữa"), and chat shorthand stays itself ("nc" is "nước").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'eggs', text: 'trứng gà cn 10 quả lấy 5 vỉ', items: { 'GA-CN-10': 5 }, ask: false },
  { shop: 'pillows', text: 'cho 1 gối cs 50x70 cao 12', items: { 'GCS-5070-12': 1 }, ask: false },
  { shop: 'football', text: 'cho mk 1 doi gang tm size 8 vs 2 doi tat dai den', items: { 'GANG-TM-8': 1, 'TAT-DAI-DEN': 2 }, ask: false },
  // negative: chat shorthand is no pair of a name
  { shop: 'cleaners', text: 'nc giat sa chanh 1l 1 chai nha c', items: { 'NG-SA-1L': 1 }, ask: false },
];

describeCorpus('inner-initials', EXAMPLES);
