/**
 * A brand's letters joined by "&" ("S&B", "Lock&Lock") are one word, so a name copied whole is not cut in two at the
 * "&" (core/parser/normalize.ts); spaced, "&" still joins two things.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'importedSauces', text: 'Viên cà ri Nhật S&B Golden Curry rất cay hộp 220g', items: { 'CARI-NHAT-S-B-CAY': 1 }, ask: false },
  { shop: 'foodBoxes', text: 'Nắp thay thế hộp nhựa Lock&Lock 640ml', items: { 'NAP-NH-640': 1 }, ask: false },
  { shop: 'foodBoxes', text: 'hộp Lock&Lock 1L trong suốt nhé', items: { 'NH-1L-TRONG': 1 }, ask: false },
];

describeCorpus('brand-ampersand', EXAMPLES);
