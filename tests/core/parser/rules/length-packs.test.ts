/**
 * Metres of goods sold by the piece of a set length ("Nẹp … (cây 2m)", "Ống bảo ôn … (cây 1.8m)", "LED dây … (cuộn 5
 * mét)") are so many pieces when they make whole pieces, as kilograms and litres of packs are; otherwise ask
 * (core/parser/convert.ts, catalog-index.ts packs).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'acSupplies', text: 'cho 6 mét nẹp 60x60', items: { 'NEP-6060': 3 }, ask: false },
  { shop: 'acSupplies', text: 'lấy 36 mét bảo ôn phi 6', items: { 'BO-PHI6': 20 }, ask: false },
  { shop: 'signage', text: 'cho 10 mét led dây trắng', items: { 'LED-DAY-12V-TRANG': 2 }, ask: false },
  // negative: no whole number of pieces
  { shop: 'acSupplies', text: 'cho 7 mét nẹp 60x60', items: {}, ask: true },
];

describeCorpus('length-packs', EXAMPLES);
