/**
 * Reader superlative, a bare size word (core/parser/superlative.ts, sizeWordAfter): "e lấy 2 chai bordeaux to" beside a
 * 375 ml and a 750 ml bottle — "to", "lớn", "nhỏ" that no name of the catalog carries, right after the goods (or after
 * "loại", "cỡ"), pick the bigger or smaller of two siblings by their measure. Not before a measure that says the size
 * itself; and of a product that comes in one size only, the reading asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'importedWines', text: 'e lấy 2 chai bordeaux to', items: { 'FR-BDX-750': 2 }, ask: false },
  { shop: 'soapMaiXa', text: '1 chai nuoc rua chen bo ket to', items: { 'NRC-BK-1L': 1 }, ask: false },
  { shop: 'ketoFoods', text: '1 bơ lạc nhỏ', items: { 'BO-DP-200': 1 }, ask: false },
  // negative: a measure after the word says the size; one size only asks
  { shop: 'oilPaintings', text: 'Lấy 1 bức tranh sen to 80x120 và 1 bức phố cổ 40x60', items: { 'TR-SEN-80120': 1, 'TR-PHO-4060': 1 }, ask: false },
  { shop: 'gasStoves', text: 'cho 1 bình gas du lịch loại to', items: {}, ask: true },
];

describeCorpus('bare size word', EXAMPLES);
