/** Binder labelled-count (core/parser/bind.ts): "số lượng 6", "sl: 2" after a product named without a number is its quantity; after one named with a number it asks. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: the labelled count replaces the implied one
  { shop: 'herbs', text: 'cho e trà gừng, số lượng 3', items: { 'TRA-GUNG': 3 }, ask: false },
  { shop: 'herbs', text: 'lấy long nhãn, sl: 2', items: { 'LONG-NHAN': 2 }, ask: false },
  // the labelled amount stands though a noun follows it ("sl 4 loại 250k ấy": four of the 250k kind)
  { shop: 'cereals', text: 'e lấy gạo lứt đen 5kg sl 4 loại 250k ấy', items: { 'GLDEN-5': 4 }, ask: false },
  { shop: 'glassJars', text: 'lay cho e hũ 100ml nắp thiếc sl 4 loại 6k ấy', items: { 'HU-100-THIEC': 4 }, ask: false },
  { shop: 'silver', text: 'cho e bông tai bạc đá đỏ, số lượng 2 đôi', items: { 'BONG-DO': 2 }, ask: false },
  // negative: a count already written and another labelled one contradict each other: ask
  { shop: 'silver', text: 'lấy 1 đỉnh đồng 30cm, số lượng 3', items: { 'DINH-30': 1 }, ask: true },
  // spelled after the label
  { shop: 'vases', text: 'bình xanh ngọc 30 lấy nhé, số lượng ba', items: { 'BH-NGOC-30': 3 }, ask: false },
  // "rưởi", a slip for "rưỡi"
  { shop: 'nightLights', text: 'led dây 5m rưởi', items: { 'LED-DAY-MET': 5.5 }, ask: false },
  { shop: 'nightLights', text: 'đèn trăng 18 nhé, số lượng hai', items: { 'DEN-TRANG-18': 2 }, ask: false },
];

describeCorpus('labelled-count', EXAMPLES);
