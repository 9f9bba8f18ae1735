/** Converter set-pieces (core/parser/convert.ts): pieces counted by the set's own noun ("12 cái chén" of "Bộ 6 chén") are whole sets, or a question. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: a whole number of sets
  { shop: 'silver', text: '12 chén rượu bạc', items: { 'CHEN-6': 2 }, ask: false },
  { shop: 'silver', text: '12 cái chén rượu bạc', items: { 'CHEN-6': 2 }, ask: false },
  { shop: 'hats', text: '10 móc treo nón', items: { 'MOC-5': 2 }, ask: false },
  { shop: 'hats', text: '10 cái móc treo nón', items: { 'MOC-5': 2 }, ask: false },
  // negative: pieces that make no whole set ask; sets counted as sets stay as they are
  { shop: 'silver', text: '2 chén rượu bạc', items: {}, ask: true },
  { shop: 'hats', text: '3 móc treo nón', items: {}, ask: true },
  { shop: 'silver', text: '2 bộ chén rượu bạc', items: { 'CHEN-6': 2 }, ask: false },
  { shop: 'hats', text: '2 bộ móc treo nón', items: { 'MOC-5': 2 }, ask: false },
];

describeCorpus('set-pieces', EXAMPLES);
