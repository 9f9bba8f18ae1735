/**
 * An alias "dây 2.5 mét" of a product sold by the metre names it by its size, 2.5, and says how it is sold: the unit
 * is no length the product has (core/parser/catalog-index.ts). A length in the message is then the amount of the
 * sibling sold by the metre, not of the 100 m roll.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'wireAndPipes', text: 'cho 50m day 2.5', items: { 'DAY-25-MET': 50 }, ask: false },
  { shop: 'wireAndPipes', text: 'lấy mười lăm mét dây 1.5 a', items: { 'DAY-15-MET': 15 }, ask: false },
  { shop: 'plumbing', text: 'dây 2.5 cắt 15 mét nhé', items: { 'DAY-CV25-M': 15 }, ask: false },
  { shop: 'plumbing', text: 'e lấy 10m dây 1.5, 10m dây 2.5', items: { 'DAY-CV15-M': 10, 'DAY-CV25-M': 10 }, ask: false },
  // negative: the roll is still named by its own unit
  { shop: 'wireAndPipes', text: 'lấy 1 cuộn dây 2.5', items: { 'DAY-25-CUON': 1 }, ask: false },
  { shop: 'plumbing', text: 'dây 2.5 lấy 2', items: {}, ask: true },
];

describeCorpus('sold-by-unit-in-alias', EXAMPLES);
