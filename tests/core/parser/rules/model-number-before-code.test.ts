/**
 * A model's number after a word of the name and before a colour or another code ("iPhone 11 64GB đen", "Motul 3000
 * 20W50", "Hộp mực HP 680 màu") names the model too, so "ip 11 đen" or "motul 3000 1l" read it and the amount stays
 * the amount (core/parser/catalog-index.ts). Siblings that share the number still ask which.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'usedPhones', text: 'ip 11 64 đen lấy 2 máy', items: { 'IP11-64-DEN-99': 2 }, ask: false },
  { shop: 'usedPhones', text: 'iphone 11 128gb lấy 1 máy', items: { 'IP11-128-DEN-99': 1 }, ask: false },
  { shop: 'motorOil', text: 'motul 3000 0.8 ba chai', items: { 'MT-20W50-08': 3 }, ask: false },
  { shop: 'motorOil', text: '1 lít nhớt motul 5000', items: { 'MT-10W40-1L': 1 }, ask: false },
  // a number right after the model's number, closing the alias, names it too ("ip 13 256", "ruột 250 17")
  { shop: 'usedPhones', text: 'ok chốt ip 13 256', items: { 'IP13-256-XANH-99': 1 }, ask: false },
  { shop: 'tyres', text: 'ruột 250 17 x3', items: { 'SAM-250-17': 3 }, ask: false },
  // negative: two siblings share the number and the words do not tell them apart
  { shop: 'usedPhones', text: 'lấy 1 con ip 11 nhé', items: {}, ask: true },
  { shop: 'motorOil', text: 'lấy 2 chai motul 3000', items: {}, ask: true },
];

describeCorpus('model-number-before-code', EXAMPLES);
