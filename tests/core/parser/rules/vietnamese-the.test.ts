/**
 * "áo the M 2 cái", "khăn mỏ quạ the": in a name written with diacritics, "the" beside a Vietnamese word is gauze
 * ("Áo the nam quan họ"), a word of the name, not the English article (core/parser/name-words.ts). And a pair of a
 * name's words that spells a word of its own is no joined word ("áo the M" makes no "them", which "thêm", more, would
 * read: core/parser/catalog-index.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'quanHo', text: 'ao the M 2 cai', items: { 'ATHE-M': 2 }, ask: false },
  { shop: 'quanHo', text: 'khan mo qua the 3 chiec, khan mo qua nhung 1 chiec', items: { 'KMQ-THE': 3, 'KMQ-NHUNG': 1 }, ask: false },
  { shop: 'quanHo', text: 'váy lĩnh 90cm 1 chiếc, thêm 1 chiếc nữa cho em gái', items: { 'VAY-90': 2 }, ask: false },
  { shop: 'flowers', text: 'e lấy 2 cành đào 1m2, thêm 1 cành nữa cho bà ngoại nhé', items: { 'DAO-CANH-1M2': 3 }, ask: false },
  // "them" typed bare is "thêm" too, never "the M"
  { shop: 'quanHo', text: 'vai the 2m, vai the them 1m5 nua', items: { 'VAI-THE': 3.5 }, ask: false },
];

describeCorpus('vietnamese-the', EXAMPLES);
