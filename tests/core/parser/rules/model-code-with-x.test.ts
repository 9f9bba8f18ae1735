/**
 * A model's code written as "x" and digits ("Keo X2000", "Deco X20", a capital "Ghế gaming X1") is a word of the name
 * the catalog indexes, not "times 2000" (core/parser/catalog-index.ts, context.ts quantityOf, noun-phrase.ts). A
 * glued "x3" where no name carries it still multiplies, and so does a single digit closing the clause.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'wallPanels', text: '5 tuýp keo X2000', items: { 'KEO-X2000': 5 }, ask: false },
  { shop: 'wallPanels', text: 'Thùng 24 tuýp keo X2000', items: { 'KEO-X2000-T24': 1 }, ask: false },
  { shop: 'network', text: 'lấy 1 bộ deco x20 gói 3 cái', items: { 'DECO-X20-3P': 1 }, ask: false },
  { shop: 'network', text: 'cho e 2 bộ Deco X20 (gói 2 cái)', items: { 'DECO-X20-2P': 2 }, ask: false },
  { shop: 'officeChairs', text: 'ok e chốt 1 gaming x1 hồng, sđt 0983 456 123', items: { 'GM-X1-HONG': 1 }, ask: false },
  { shop: 'officeChairs', text: 'mình lấy 1 con x2 pro nhé', items: { 'GM-X2-PRO': 1 }, ask: false },
  // negative: "x3" that no name carries is how many; so is a single digit closing the clause
  { shop: 'wallPanels', text: 'keo silicon x3', items: { 'KEO-SILICON-A500': 3 }, ask: false },
  { shop: 'officeChairs', text: 'PT-30 x2, BX-LE x5', items: { 'PT-30': 2, 'BX-LE': 5 }, ask: false },
];

describeCorpus('model-code-with-x', EXAMPLES);
