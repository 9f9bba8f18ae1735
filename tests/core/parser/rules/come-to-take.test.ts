/**
 * "mai e qua lấy 2 chĩnh gạo", "chiều nay e qua lấy 2 cái ghế 45": typed bare before a verb of buying, "qua" is to
 * come over, no gift ("quà") of the catalog (core/parser/scan.ts). Gift boxes named so, "hộp quà Tết lấy 2", are still
 * gifts, with the marks or without.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'potsHuongCanh5', text: 'mai e qua lấy 2 chĩnh gạo và 1 vại dưa 10 lít nhé cô', items: { 'CHINH-GAO': 2, 'VAI-10': 1 }, ask: false },
  { shop: 'kimBong4', text: 'chiều nay e qua lấy 2 cái ghế 45 nhé anh', items: { 'GHE-45': 2 }, ask: false },
  // negative: the gift box, typed bare or with its marks
  { shop: 'potsHuongCanh5', text: 'hop qua tet lay 2 hop', items: { 'HOP-QUA-TET': 2 }, ask: false },
  { shop: 'kimBong4', text: 'qua tet lay 2 hop nhe', items: { 'QUA-TET': 2 }, ask: false },
];

describeCorpus('come-to-take', EXAMPLES);
