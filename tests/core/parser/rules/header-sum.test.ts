/**
 * "2 bộ phao, 1 bộ đài 1 bộ xốp", "lấy 10 màn thầu, 5 cái chiên 5 cái hấp sữa": a line that could be any of some
 * siblings, spelled out after it by lines of those siblings adding up to it, asks nothing. When the lines do not
 * add up, the header still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tackle', text: '2 bộ phao, 1 bộ đài 1 bộ xốp', items: { 'PHAO-DAI': 1, 'PHAO-XOP': 1 }, ask: false },
  { shop: 'steamedBuns', text: 'lấy 10 màn thầu, 5 cái chiên 5 cái hấp sữa', items: { 'MT-CHIEN': 5, 'MT-SUA': 5 }, ask: false },
  { shop: 'clogs', text: 'cho c 2 đôi guốc mộc, 1 đôi size 36 1 đôi size 39', items: { 'GM-36': 1, 'GM-39': 1 }, ask: false },
  // negative: 3 said, 2 spelled out
  { shop: 'tackle', text: '3 bộ phao, 1 bộ đài 1 bộ xốp', items: { 'PHAO-DAI': 1, 'PHAO-XOP': 1 }, ask: true },
];

describeCorpus('header-sum', EXAMPLES);
