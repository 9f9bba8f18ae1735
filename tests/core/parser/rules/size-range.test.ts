/**
 * A name that gives the sizes it comes in as a range ("Dép tổ ong màu trắng (size 36-44)", "Lót giày êm chân size
 * 39-41") fits a size said within it, and only the candidates whose range holds it: "dép tổ ong size 32 cho bé" is
 * the children's pair of 28-35 (core/parser/catalog-index.ts, matcher.ts inSizeRange). A size outside every range
 * still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'rubberShoes', text: 'Chào shop, cho e 2 đôi dép tổ ong trắng size 40 nhé', items: { 'DTO-TR': 2 }, ask: false },
  { shop: 'rubberShoes', text: 'dép tổ ong size 32 cho bé 1 đôi', items: { 'DTO-TE': 1 }, ask: false },
  { shop: 'rubberSandals', text: 'dép lào đỏ size 38 x3', items: { 'DL-DO': 3 }, ask: false },
  { shop: 'shoeCare', text: 'lấy 1 đôi lót giày size 40 loại êm chân', items: { 'LOT-EM-39-41': 1 }, ask: false },
  { shop: 'clothShoes', text: 'cho bé nhà e 1 đôi dép cói trẻ em size 30', items: { 'DC-TE': 1 }, ask: false },
  // negative: a size no range holds
  { shop: 'rubberShoes', text: 'dép tổ ong trắng size 46 1 đôi', items: {}, ask: true },
];

describeCorpus('a size within a named range', EXAMPLES);
