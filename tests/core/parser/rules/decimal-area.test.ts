/**
 * A decimal glued to "m2" ("2.4m2", "0,8m2", "35,5m2") is an area in square metres: no length is written with a
 * decimal and then centimetres (core/parser/numbers.ts). A whole number before "m2" is still metres and centimetres to
 * goods sold by length ("lot trang 3m2" is 3.2 m).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'glassMirrors', text: 'kính ốp bếp màu đen 2.4m2 nhé', items: { 'KOP-DEN': 2.4 }, ask: false },
  { shop: 'glassMirrors', text: 'lay guong bi 0,8m2', items: { 'G-BI': 0.8 }, ask: false },
  { shop: 'flooring', text: 'lấy 4.2m2 sàn 8mm óc chó', items: { 'CN8-205-M2': 4.2 }, ask: false },
  { shop: 'rooftiles', text: 'gach lat 40x40 35,5m2', items: { 'GLC-40': 35.5 }, ask: false },
  { shop: 'screens', text: 'lưới cửa sổ cố định 2.4m2', items: { 'CS-CODINH-M2': 2.4 }, ask: false },
  // negative: a whole number before "m2" of goods sold by the metre
  { shop: 'fabricByMetre', text: 'lot trang 3m2', items: { 'LOT-TRANG': 3.2 }, ask: false },
];

describeCorpus('a decimal area glued to m2', EXAMPLES);
