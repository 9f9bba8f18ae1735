/**
 * "vài", "mấy" before the word the shop sells its goods by, where that word heads the names rather than being a
 * classifier of the unit table ("lấy vài chậu đào thất thốn"), is a few of them: the goods are asked how many, where
 * they had been left unread. Typed bare, "vai" and "may" are other words.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tetTrees', text: 'lấy vài chậu đào thất thốn', items: {}, ask: true },
  { shop: 'tetTrees', text: 'cho e mấy chậu đào thất thốn nhé', items: {}, ask: true },
  { shop: 'treesVanGiang', text: 'em lấy vài chậu quất bonsai để bàn', items: {}, ask: true },
  // "vài" written with its marks before a unit is the amount, no slip of the catalog's "vải"
  { shop: 'sonDongStatues', text: 'nhung đỏ vài mét', items: {}, ask: true },
  // negatives: a count said; typed bare
  { shop: 'sonDongStatues', text: 'lấy 3 mét nhung đỏ', items: { 'NHUNG-DO': 3 }, ask: false },
  { shop: 'treesVanGiang', text: 'em lấy 2 chậu quất bonsai để bàn', items: { 'QUAT-BONSAI-40': 2 }, ask: false },
  { shop: 'tetTrees', text: 'lay 1 chau dao that thon', items: { 'DAO-THAT-THON': 1 }, ask: false },
];

describeCorpus('vague-count', EXAMPLES);
