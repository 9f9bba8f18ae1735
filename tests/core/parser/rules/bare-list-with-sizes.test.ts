/**
 * Bare products listed with "+" or commas, each with a size its names carry ("sneaker đen 42 + sneaker trắng 42",
 * "… chai 50ml + … chai 100ml"), order one of each (core/parser/bare-requests.ts bareClause). A measure of goods sold
 * by that measure ("linen be 1m5" of cloth sold by the metre) may be the amount: ask.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'mensShoes', text: 'sneaker đen 42 + sneaker trắng 42', items: { 'SN-DEN-42': 1, 'SN-TRANG-42': 1 }, ask: false },
  { shop: 'roomScents', text: 'Xịt phòng oải hương chai 50ml + Xịt phòng oải hương chai 100ml', items: { 'XP-OAI-HUONG-50': 1, 'XP-OAI-HUONG-100': 1 }, ask: false },
  // negative: cloth by the metre
  { shop: 'fabricByMetre', text: 'linen trắng 1m5, linen be 1m5', items: {}, ask: true },
];

describeCorpus('bare-list-with-sizes', EXAMPLES);
