/**
 * Three or more digits right after a foreign maker's word in a name ("Bia Kronenbourg 1664 Blanc", "Quần jean Levi's
 * 511 Slim") are the model's number, whatever word follows (core/parser/catalog-index.ts); and such a number opening
 * a phrase whose goods the clause counts further on ("1664 chai nhỏ lấy 6 chai") names the model, not the amount
 * (scan.ts countedAfter).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'importedBeer', text: 'cho a 1 chục lon 1664', items: { 'K1664-LON-330': 10 }, ask: false },
  { shop: 'importedBeer', text: 'lay 6 chai 1664 250ml', items: { 'K1664-CHAI-250': 6 }, ask: false },
  { shop: 'importedBeer', text: '1664 chai nhỏ lấy 6 chai', items: { 'K1664-CHAI-250': 6 }, ask: false },
  { shop: 'jeans', text: "cho a 2 cái quần levi's 511 size 30", items: { 'LV511-30': 2 }, ask: false },
  { shop: 'jeans', text: '501 size 30 lấy 2 cái', items: { 'LV501-30': 2 }, ask: false },
  { shop: 'film', text: '200 kodak gold 36 kiểu lấy 2 cuộn', items: { 'KD-GOLD200-36': 2 }, ask: false },
  // negative: with no other count, the number before the words is how many
  { shop: 'jeans', text: '2 quần jean nam xanh size 30', items: { 'JEAN-30': 2 }, ask: false },
];

describeCorpus('brand-model-number', EXAMPLES);
