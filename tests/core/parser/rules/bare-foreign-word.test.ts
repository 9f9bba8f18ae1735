/**
 * A word that is no Vietnamese syllable, spelled with its marks in names ("Nescafé", "Pâté") and bare in aliases, is
 * one word: typed bare in a message with diacritics it still names every product that carries it
 * (core/parser/catalog-synonyms.ts spellingKinds). Two Vietnamese spellings ("lớn", "lợn") stay two words.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'instantCoffee', text: 'lấy 1 hũ nescafe gold 200g', items: { 'NESCAFE-GOLD-HU-200': 1 }, ask: false },
  { shop: 'instantCoffee', text: 'vinacafe 2in1 2 hộp nhé', items: { 'VINACAFE-2IN1-H20': 2 }, ask: false },
  { shop: 'deli', text: '2 hộp pate gan gà nhé', items: { 'PATE-GA': 2 }, ask: false },
  // negative: the bare spelling still names the products the alias wrote it for
  { shop: 'deli', text: '1 ổ bánh mì pate', items: { 'BM-PATE': 1 }, ask: false },
];

describeCorpus('bare-foreign-word', EXAMPLES);
