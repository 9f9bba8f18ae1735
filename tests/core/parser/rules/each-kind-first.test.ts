/**
 * "mỗi loại", "mỗi cỡ", "mỗi màu" opening the phrase is "each kind of" what follows, even typed bare where the catalog
 * has a word "môi" ("Dung môi") or "mồi": "moi loai khay 2 cai" is two of every tray (core/parser/scan.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'rollersAndTrays', text: 'moi loai khay 2 cai', items: { 'KHAY-10': 2, 'KHAY-23': 2, 'KHAY-INOX': 2 }, ask: false },
  { shop: 'calligraphy', text: 'moi co but soi lay 1 cay', items: { 'BLS-NHO': 1, 'BLS-VUA': 1, 'BLS-LON': 1 }, ask: false },
  { shop: 'pallets', text: 'moi loai dinh 1 ky', items: { 'DINH-5': 1, 'DINH-7': 1 }, ask: false },
  { shop: 'flutes2', text: 'mỗi loại sáo bầu 1 cây', items: { 'SB-F': 1, 'SB-BB': 1 }, ask: false },
  // negative: a question about each kind orders nothing
  { shop: 'rollersAndTrays', text: 'moi loai khay gia bao nhieu', items: {}, ask: false },
];

describeCorpus('"mỗi loại" before the goods', EXAMPLES);
