/**
 * "an" beside a word with diacritics in a name ("Van an toàn", "Trà an thần") is the Vietnamese word (safe, calm), a
 * word of the name, not the English article; so a message's "an" is not read as "ăn" (to eat) of another product
 * (core/parser/name-words.ts nameStop).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'waterHeaters', text: 'van an toan 3 cai nhe', items: { 'VAN-AN-TOAN': 3 }, ask: false },
  { shop: 'waterHeaters', text: '2 cái van an toàn', items: { 'VAN-AN-TOAN': 2 }, ask: false },
  { shop: 'deli', text: 'lấy 1 hộp trà an thần', items: { 'TRA-AT': 1 }, ask: false },
  // negative: "ăn" still names what it names
  { shop: 'deli', text: '3 gói bánh ăn dặm', items: { 'BANH-AN': 3 }, ask: false },
];

describeCorpus('an-as-syllable', EXAMPLES);
