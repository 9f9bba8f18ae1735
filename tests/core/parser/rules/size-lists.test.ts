/**
 * Lists of sizes: "1 áo dài size M, 1 L" — a count and an upper-case letter size with no noun go on the product named
 * before; a lower-case "m" after a number stays a metre.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'silk', text: 'lấy 1 áo dài size M, 1 L nhé', items: { 'AD-M': 1, 'AD-L': 1 }, ask: false },
  { shop: 'silver', text: 'lấy 1 vòng tay trơn size S, 2 M', items: { 'VT-S': 1, 'VT-M': 2 }, ask: false },
  // negative: a metre of silk
  { shop: 'silk', text: 'lay 2 met lua, 1 m vai lua', items: { 'LT-M': 3 }, ask: false },
];

describeCorpus('size-lists', EXAMPLES);
