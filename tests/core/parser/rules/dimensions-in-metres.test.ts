/**
 * Sides written in metres ("1.6x2.3m", "1,2x1,8m", "3m x 6m", "2x2m") are compared in centimetres, as "1m6x2m3" is;
 * a name in metres keeps its sides as written too, so "phong hong 3x4" still names "Phông hồng 3x4m"
 * (core/parser/dimensions.ts). Sides in millimetres stay as written ("dây điện 2x1.5").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sedgeRugs', text: 'tham tho cam 1.6x2.3m 1 tam, tham tho cam 1.2x1.8m 2 tam', items: { 'TLTC-1623': 1, 'TLTC-1218': 2 }, ask: false },
  { shop: 'sedgeRugs', text: 'e lấy 2 tấm thảm cói nhỏ 1,2x1,8m', items: { 'TCT-1218': 2 }, ask: false },
  { shop: 'blinds', text: 'Lấy 1 rèm tre 1m5 và 1 rèm tre 2x2m ạ', items: { 'RT-1M5X2M': 1, 'RT-2MX2M': 1 }, ask: false },
  { shop: 'weddingEvents', text: 'thue 2 cai rap 3m x 6m nha anh', items: { 'RAP-3X6': 2 }, ask: false },
  // negative: the sides as written still name a size in metres; millimetres stay as written
  { shop: 'weddingEvents', text: 'phong hong 3x4 1 bo', items: { 'PHONG-HONG': 1 }, ask: false },
  { shop: 'deskLamps', text: 'dây điện 2x1.5 lấy 25m', items: { 'DAY-2X15': 25 }, ask: false },
];

describeCorpus('sizes in metres', EXAMPLES);
