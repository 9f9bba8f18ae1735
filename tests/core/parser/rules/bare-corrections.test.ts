/**
 * Corrections and remarks typed without marks: "a khong, 150 nhe", "a ko, 3 cuon", "a khong lay 3 chai" are "à không":
 * the amount or size after them replaces the one before (not "a không lấy nữa", I do not want it any more); and
 * "an ngon qua" is "ăn ngon quá", very good, after which "qua" names no gift ("quà") that the next amount could count
 * (core/parser/scan.ts, core/parser/clauses.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'mushroomSpawn', text: 'lay 100 phoi so xam, a khong, 150 nhe', items: { 'PS-XAM': 150 }, ask: false },
  { shop: 'beeProducts', text: 'lay 2 chai mat rung, a khong lay 3 chai', items: { 'MO-RUNG': 3 }, ask: false },
  { shop: 'phuTho', text: 'lay 3 goi thit chua 200g, a khong, lay 5 goi', items: { 'TC-200G': 5 }, ask: false },
  { shop: 'textbooks', text: 'toan 1 tap 1 2 cuon, a ko, 3 cuon', items: { 'TOAN-1-T1': 3 }, ask: false },
  { shop: 'haLong', text: 'tuan truoc e mua 2 goi cha muc 500g ve an ngon qua, lan nay lay 4 goi nhe', items: { 'CM-500': 4 }, ask: false },
  { shop: 'grapes', text: 'Tuan truoc mua 2 hu mut nho an ngon qua, lan nay lay 3 hu nha c', items: { 'MUT-300': 3 }, ask: false },
];

describeCorpus('bare-corrections', EXAMPLES);
