/**
 * After a line is taken back, goods already ordered and named again with an amount are restated, not ordered twice
 * (core/parser/place.ts addLine, core/parser/drop-lines.ts): "1 cà vạt, 1 khăn vuông 60... à thôi bỏ khăn đi, lấy 2
 * cà vạt" is two ties; "… thôi bỏ lọ 30, lấy 2 lọ 45" two vases of 45. Asking for more still adds ("lấy thêm 1 cà vạt
 * nữa").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'silkTanChau', text: '1 cà vạt, 1 khăn vuông 60... à thôi bỏ khăn đi, lấy 2 cà vạt', items: { 'CA-VAT': 2 }, ask: false },
  { shop: 'ceramicsBatTrang', text: 'Lấy 1 lọ hoa 45 với 1 lọ 30... thôi bỏ lọ 30, lấy 2 lọ 45', items: { 'LO-TOI-45': 2 }, ask: false },
  { shop: 'silkLocChau', text: 'khăn vuông kem 2, khăn vuông xanh 2, thôi bỏ xanh, lấy kem 3 luôn', items: { 'KV90-KEM': 3 }, ask: false },
  // negative: more asked for
  { shop: 'silkTanChau', text: '1 cà vạt, 1 khăn vuông 60... à thôi bỏ khăn đi, lấy thêm 1 cà vạt nữa', items: { 'CA-VAT': 2 }, ask: false },
];

describeCorpus('restate-after-drop', EXAMPLES);
