/**
 * Reader noun-phrase, a word said again (core/parser/noun-phrase.ts): a word already in the phrase usually starts the
 * next one ("keo dua sau rieng 200g 2 goi, keo dua la dua …"); said again as the second word of a pair the phrase's
 * products have ("kẹo dừa lá dứa", "kệ gỗ … vân gỗ", "túi cói quai cói"), it goes on naming the same product.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'shelvesPhungXa', text: 'kệ gỗ 3 tầng 60cm vân gỗ x4', items: { 'KG3-60-V': 4 }, ask: false },
  { shop: 'coconutCandyMoCay', text: 'lay 3 goi keo dua la dua 200g', items: { 'KD-LD-200': 3 }, ask: false },
  { shop: 'sedgeBagsKimSon', text: 'e lay 1 tui coi quai da 25x30 voi 1 tui coi quai coi 30x40', items: { 'TQD-2530': 1, 'TQC-3040': 1 }, ask: false },
  // negative: the head said again with no pair starts the next item
  { shop: 'coconutCandyMoCay', text: 'keo dua sau rieng 200g 2 goi, keo dua la dua 200g 1 goi', items: { 'KD-SR-200': 2, 'KD-LD-200': 1 }, ask: false },
];

describeCorpus('word said again in a pair', EXAMPLES);
