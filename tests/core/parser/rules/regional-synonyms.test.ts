/** Lexicon regional synonyms (core/parser/lexicon.ts SYNONYMS, REGIONAL): "hương" for "nhang", "bát" for "chén" when the shop's own names use only the other word. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // "lạc" (northern) for "đậu phộng" (southern), the peanut
  { shop: 'sauce', text: 'lấy 3 gói kẹo lạc nhé', items: { 'KEO-DP': 3 }, ask: false },
  // positive: the shop writes "nhang"; the customer writes "hương"
  { shop: 'herbs', text: '2 bó hương trầm 30cm', items: { 'NHANG-30': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 bó nhang trầm', items: { 'NHANG-30': 2 }, ask: false },
  // negative: a shop that sells both "bát" and "chén" keeps them apart
  { shop: 'silver', text: '1 bộ bát rượu bạc', items: {}, ask: true },
  { shop: 'silver', text: '1 bộ chén rượu bạc', items: { 'CHEN-6': 1 }, ask: false },
  // negative: a word the synonym would cover but the shop does not sell at all still asks
  { shop: 'silk', text: '2 bát lụa', items: {}, ask: true },
];

describeCorpus('regional-synonyms', EXAMPLES);
