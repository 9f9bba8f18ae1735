/**
 * "phan" typed bare after a number is "phần" (portions) or "phân" (centimetres): in a shop that sells by the phần,
 * goods that cannot be measured in centimetres take it as portions.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pho', text: 'them bo vien 2 phan', items: { 'THEM-BV': 2 }, ask: false },
  { shop: 'comTam', text: 'mua 6 phan suon them', items: { 'SUON-THEM': 6 }, ask: false },
  // negative: where nothing is sold by the phần, centimetres of silk sold by the metre
  { shop: 'silk', text: 'lay 50 phan lua may ao', items: { 'LT-M': 0.5 }, ask: false },
];

describeCorpus('portion-or-centimetre', EXAMPLES);
