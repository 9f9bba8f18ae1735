/**
 * "mỗi loại", "mỗi cỡ", "mỗi màu", "mỗi số" opening the phrase is "each kind of" what follows, even typed bare where the catalog
 * has a word "môi" ("Dung môi") or "mồi": "moi loai khay 2 cai" is two of every tray (core/parser/scan.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'rollersAndTrays', text: 'moi loai khay 2 cai', items: { 'KHAY-10': 2, 'KHAY-23': 2, 'KHAY-INOX': 2 }, ask: false },
  { shop: 'calligraphy', text: 'moi co but soi lay 1 cay', items: { 'BLS-NHO': 1, 'BLS-VUA': 1, 'BLS-LON': 1 }, ask: false },
  { shop: 'pallets', text: 'moi loai dinh 1 ky', items: { 'DINH-5': 1, 'DINH-7': 1 }, ask: false },
  { shop: 'flutes2', text: 'mỗi loại sáo bầu 1 cây', items: { 'SB-F': 1, 'SB-BB': 1 }, ask: false },
  // "mỗi số": each number the goods come in
  { shop: 'fishingBaiNgang', text: 'moi so luoi don lay 1 hop', items: { 'LC-3-H100': 1, 'LC-5-H100': 1, 'LC-7-H100': 1 }, ask: false },
  { shop: 'makeup', text: 'son số 08 vs số 02, mỗi số 1 nhé', items: { 'SON-08': 1, 'SON-02': 1 }, ask: false },
  // negative: a question about each kind orders nothing
  { shop: 'rollersAndTrays', text: 'moi loai khay gia bao nhieu', items: {}, ask: false },
];

describeCorpus('"mỗi loại" before the goods', EXAMPLES);
