/**
 * After a phrase, a count in the word a candidate is sold by is the amount, even where a sibling's pack counts that
 * word ("keo x2000 5 tuýp" beside "Thùng 24 tuýp keo X2000"; core/parser/attributes.ts nameAttr).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'wallPanels', text: 'keo x2000 5 tuýp', items: { 'KEO-X2000': 5 }, ask: false },
  { shop: 'deli', text: 'mù tạt wasabi 3 tuýp', items: { 'MU-TAT': 3 }, ask: false },
  { shop: 'deli', text: 'lấy mu tat 2 tuyp nhé', items: { 'MU-TAT': 2 }, ask: false },
  // negative: the pack's own count, with its container, is the pack
  { shop: 'wallPanels', text: 'thùng keo x2000 24 tuýp 1 thùng', items: { 'KEO-X2000-T24': 1 }, ask: false },
  { shop: 'deli', text: 'hộp 10 tuýp mù tạt 1 hộp', items: { 'MU-TAT-H10': 1 }, ask: false },
];

describeCorpus('count-in-sale-unit', EXAMPLES);
