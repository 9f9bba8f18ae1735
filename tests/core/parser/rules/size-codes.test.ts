/**
 * A code of numbers joined by "/" or "-" in a name ("Lốp IRC 80/90-14", "Săm 2.25-17", "NPK 20-20-20", "ghim 23/10",
 * "Omega 3-6-9") is a word of that name, matched as written (core/parser/catalog-index.ts): the tokenizer keeps such a
 * code whole, and before it was read as nothing, so the phrase stopped short and the order asked. A plain range
 * ("20-25 con") stays a range, and a code no name carries names nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tyres', text: 'cho e 2 lốp irc 90/90-14 không săm', items: { 'IRC-9090-14-KS': 2 }, ask: false },
  { shop: 'tyres', text: 'lấy 1 săm 2.25-17 với 1 lốp casumina 2.50-17', items: { 'SAM-225-17': 1, 'CSM-250-17': 1 }, ask: false },
  { shop: 'orchids', text: 'phân npk 10-30-20 lấy 2 gói', items: { 'PB-103020': 2 }, ask: false },
  { shop: 'office', text: 'lấy 3 hộp ghim 23/10', items: { 'GHIM-23-10': 3 }, ask: false },
  { shop: 'vitamins', text: 'cho chị 2 lọ omega 3-6-9 nhé', items: { O369: 2 }, ask: false },
  // Negative: a size no tyre comes in asks among the tyres.
  { shop: 'tyres', text: 'lấy 1 lốp irc 100/80-14', items: {}, ask: true },
];

describeCorpus('size-codes', EXAMPLES);
