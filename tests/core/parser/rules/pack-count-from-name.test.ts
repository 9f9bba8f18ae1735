/**
 * How many pieces one unit holds is read from the product's own name ("LED 5mm đỏ (gói 50 con)", "Tắc kê nhựa 6mm
 * (túi 100 cái)"), before its aliases, whose numbers may read as packs ("led 5 ly đỏ", "nở nhựa 6 ly"): "50 con led 5mm
 * đỏ" is one bag of fifty (core/parser/matcher.ts packCount). Pieces of a pack whose size nothing settles are no count
 * of packs: the reading asks rather than sell 300 bags (core/parser/convert.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'electronics', text: '50 con led 5mm đỏ', items: { 'LED5-DO': 1 }, ask: false },
  { shop: 'electronics', text: 'led 5mm trắng 100 con', items: { 'LED5-TRANG': 2 }, ask: false },
  { shop: 'drillGear', text: '300 cái nở nhựa 6 ly', items: { 'TK-6-T100': 3 }, ask: false },
  { shop: 'drillGear', text: 'cho e 200 cái tắc kê 8mm', items: { 'TK-8-T100': 2 }, ask: false },
  { shop: 'film', text: '6 cuộn kodak gold loại hộp 3', items: { 'KD-GOLD200-PACK3': 2 }, ask: false },
  { shop: 'glassware', text: 'e lấy 24 hũ nắp thiếc 250ml làm quà tết', items: { 'HU-GOM-250-12': 2 }, ask: false },
  // negative: pieces that make no whole number of packs ask
  { shop: 'electronics', text: '70 con led 5mm đỏ', items: {}, ask: true },
  { shop: 'glassware', text: 'cho e 5 hũ nắp thiếc 250ml', items: {}, ask: true },
];

describeCorpus('pack count from the name', EXAMPLES);
