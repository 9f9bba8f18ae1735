/**
 * Sides written in metres ("1.6x2.3m", "1,2x1,8m", "3m x 6m", "2x2m") are compared in centimetres, as "1m6x2m3" is;
 * a name in metres keeps its sides as written too, so "phong hong 3x4" still names "Phông hồng 3x4m"
 * (core/parser/dimensions.ts). Sides in millimetres stay as written ("dây điện 2x1.5"). A name written with spaces, "Chiếu lá
 * buông 1m6 x 2m", has that size as "1m6x2m" says it, and still its lengths ("chiếu hạt 2m" of "… 2m x 2m2"); so does "1m2x60cm", a side in metres and one in centimetres.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sedgeRugs', text: 'tham tho cam 1.6x2.3m 1 tam, tham tho cam 1.2x1.8m 2 tam', items: { 'TLTC-1623': 1, 'TLTC-1218': 2 }, ask: false },
  { shop: 'sedgeRugs', text: 'e lấy 2 tấm thảm cói nhỏ 1,2x1,8m', items: { 'TCT-1218': 2 }, ask: false },
  { shop: 'blinds', text: 'Lấy 1 rèm tre 1m5 và 1 rèm tre 2x2m ạ', items: { 'RT-1M5X2M': 1, 'RT-2MX2M': 1 }, ask: false },
  { shop: 'weddingEvents', text: 'thue 2 cai rap 3m x 6m nha anh', items: { 'RAP-3X6': 2 }, ask: false },
  { shop: 'palmSugar', text: 'chiếu lá buông 1m6x2m lấy 1, 1m8x2m lấy 1', items: { 'CHIEU-16': 1, 'CHIEU-18': 1 }, ask: false },
  { shop: 'ironwork', text: 'khung chong trom 1m2x1m4 2 bo, sdt 0945123789', items: { 'KCT-1214': 2 }, ask: false },
  { shop: 'plasticCrates', text: 'ba cái pallet 1m x 1m', items: { 'PALLET-1X1': 3 }, ask: false },
  // one side in metres, the other in centimetres ("khổ 1m2x60cm"), glued or spaced
  { shop: 'embroideredPictures', text: 'tranh ngựa 1m2 x 60 lấy 2', items: { 'MD-120-K': 2 }, ask: false },
  { shop: 'embroideredPictures', text: 'Cho mình 1 tranh mã đáo khổ 120x60', items: { 'MD-120-K': 1 }, ask: false },
  // negative: one length of a spaced size still names it, beside siblings sharing the other length
  { shop: 'bambooMats', text: 'mk lay 1 chieu hat 2m, 2 vo goi truc', items: { 'CT-HAT-2M': 1, 'GOI-TRUC-DON': 2 }, ask: false },
  { shop: 'bambooMats', text: 'chiếu tăm 1m6 hai cái, chiếu tăm 2m một cái', items: { 'CT-TAM-1M6': 2, 'CT-TAM-2M': 1 }, ask: false },
  // negative: the sides as written still name a size in metres; millimetres stay as written
  { shop: 'weddingEvents', text: 'phong hong 3x4 1 bo', items: { 'PHONG-HONG': 1 }, ask: false },
  { shop: 'deskLamps', text: 'dây điện 2x1.5 lấy 25m', items: { 'DAY-2X15': 25 }, ask: false },
];

describeCorpus('sizes in metres', EXAMPLES);
