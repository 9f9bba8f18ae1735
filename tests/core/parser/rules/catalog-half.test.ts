/**
 * At a shop selling rươi (the paddy worm), "ruoi" typed bare after an amount, with the phrase going on, is the
 * catalog's word, not "rưỡi" (and a half): "cho e 2kg ruoi loai 1" is two kilos of rươi of the first grade
 * (core/parser/catalog-half.ts). Closing the clause, or at a shop that sells no rươi, it is still the half.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'ruoi', text: 'cho e 2kg ruoi loai 1 nhe', items: { 'RT-L1': 2 }, ask: false },
  { shop: 'ruoi', text: '1 ky 2 ruoi l1', items: { 'RT-L1': 1.2 }, ask: false },
  { shop: 'ruoi', text: 'c oi lay e 1 can ruoi loai 1. them 5 lang nua nhe', items: { 'RT-L1': 1.5 }, ask: false },
  { shop: 'crabPaste', text: '2 tui ruoi cap dong 500g', items: { 'RUOI-DONG': 2 }, ask: false },
  // negative: closing the clause, it is the half ("two kilos and a half of dried squid")
  { shop: 'crabPaste', text: 'muc kho 2 can ruoi', items: { 'MUC-KHO': 2.5 }, ask: false },
  // negative: a shop that sells no rươi reads the half
  { shop: 'cashews', text: 'lay 1 can ruoi hat dieu rang muoi', items: { 'DIEU-A': 1.5 }, ask: false },
];

describeCorpus('catalog half word', EXAMPLES);
