/**
 * "quất 1m5 2 chậu" beside "Quất chậu cao 1m5", sold by the chậu, and "Cặp quất thế đôi cao 1m5 (2 chậu)", "củ tulip
 * 5 củ", "xa bong de 3 banh": a count in the word one candidate is sold by, closing the item with no count before it,
 * is the amount, not the pack another candidate's name counts (core/parser/attributes.ts). With a count before the
 * item, "2 set xà phòng sữa dê 3 bánh", it names the pack.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tetTrees', text: 'Quất 1m5 2 chậu', items: { 'QUAT-15': 2 }, ask: false },
  { shop: 'tetTrees', text: 'quat 1m5 1 chau, quat 1m 2 chau', items: { 'QUAT-15': 1, 'QUAT-10': 2 }, ask: false },
  { shop: 'flowerSeeds', text: 'củ tulip 5 củ', items: { 'CU-TULIP-1': 5 }, ask: false },
  { shop: 'goatMilk', text: 'xa bong de 3 banh', items: { 'XP-100': 3 }, ask: false },
  // negative: a count before the item makes the number the pack's
  { shop: 'goatMilk', text: '2 set xà phòng sữa dê 3 bánh', items: { 'XP-SET3': 2 }, ask: false },
];

describeCorpus('count-in-sold-word', EXAMPLES);
