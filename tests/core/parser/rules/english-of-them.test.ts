/**
 * In English, "3 of them" after the goods is how many of them ("I'll take the Tet gift box, 3 of them"), and "them" is
 * no "thêm" (more) there (core/parser/numbers.ts, core/parser/clauses.ts). Typed bare in Vietnamese, "them" is still
 * "thêm".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'folkPaintings2', text: "I'll take the Tet gift box, 3 of them", items: { 'HOP-QUA-TET': 3 }, ask: false },
  { shop: 'rattanPhuVinh', text: "I'd like the 60cm ball lamp, 2 of them", items: { 'DEN-CAU-60': 2 }, ask: false },
  // negative: Vietnamese typed bare
  { shop: 'folkPaintings2', text: 'lay 2 hop qua tet, them 1 hop nua', items: { 'HOP-QUA-TET': 3 }, ask: false },
];

describeCorpus('english-of-them', EXAMPLES);
