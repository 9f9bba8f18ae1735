/**
 * "cho e 1 củ ly với 1 củ tulip xem thử", "lấy 1 gói culi về xem thử": after a count, "xem thử" closing the clause is
 * buying to try the goods, not a question (core/parser/clauses.ts); "xem" elsewhere still asks ("cho e xem thử gói
 * culi" is asking to be shown).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'flowerSeeds', text: 'cho e 1 củ ly với 1 củ tulip xem thử', items: { 'CU-LY-1': 1, 'CU-TULIP-1': 1 }, ask: false },
  { shop: 'coffeeBeans', text: 'lấy 1 gói culi về xem thử', items: { 'CULI-XAY-500': 1 }, ask: false },
  { shop: 'coffeeBeans', text: '1 gói culi xem thử nhé', items: { 'CULI-XAY-500': 1 }, ask: false },
  // negative: asking to be shown, no count before it
  { shop: 'coffeeBeans', text: 'cho e xem thử gói culi', items: {}, ask: false },
];

describeCorpus('buy-to-try', EXAMPLES);
