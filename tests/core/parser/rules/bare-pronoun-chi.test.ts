/**
 * "cho chi 3 hu mat bac ha 250g", "lay cho chi 2kg ca chua bi do": typed bare, "chi" after "cho" or an order verb is
 * "chị", the customer, not "chỉ" (only), and does not block the amount after it; so after "giúp" / "hộ" ("lay giup
 * chi 4 bo") (core/parser/quantity-at.ts). Before,
 * the amount was dropped and the goods asked about, or nothing was placed at all.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'beeProducts', text: 'cho chi 3 hu mat bac ha 250g', items: { 'MO-BH-250': 3 }, ask: false },
  { shop: 'haLong', text: 'cho chi nua can sa sung tuoi', items: { 'SS-TUOI': 0.5 }, ask: false },
  { shop: 'knitting', text: 'cho chi 4 cuon len mint nhe em', items: { 'LEN-CS-MINT': 4 }, ask: false },
  { shop: 'ruouCan', text: 'cho chi nua ky la men kho', items: { 'LA-MEN-KG': 0.5 }, ask: false },
  { shop: 'aquarium', text: 'lay giup chi 4 bo duoi cho\nsdt 0852 884 252', items: { 'RONG': 4 }, ask: false },
  // negative: "chỉ" written with its marks still blocks ("còn chỉ 3 cái": a stock, no order)
  { shop: 'beeProducts', text: 'mat ong bac ha 250g con chỉ 3 hu thoi a?', items: {}, ask: false },
];

describeCorpus('bare-pronoun-chi', EXAMPLES);
