/**
 * A grade spelled with an ordinal: the grade word first in Vietnamese ("loại nhì", "hạng nhất"), the ordinal first in
 * English ("second grade") only (core/parser/attributes.ts, ordinalGrade). Typed bare, "moc nhi loai 1" is "mộc nhĩ
 * loại 1", wood ear of grade 1, no "nhì".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'forestGoods', text: 'moc nhi loai 1 lay 2kg, loai 2 lay 3kg', items: { 'MN-TL1': 2, 'MN-TL2': 3 }, ask: false },
  { shop: 'forestGoods', text: 'thang truoc c mua 2kg moc nhi loai 1 o day, gio c lay 3kg', items: { 'MN-TL1': 3 }, ask: false },
  // the grade word first, spelled out
  { shop: 'forestGoods', text: 'mộc nhĩ loại nhì 1kg', items: { 'MN-TL2': 1 }, ask: false },
];

describeCorpus('ordinal grades', EXAMPLES);
