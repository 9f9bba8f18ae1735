/**
 * An amount by weight or volume, no container said, of goods sold loose by that measure and also in a pack of exactly
 * that amount asks which (core/parser/loose-or-packed.ts): "cho mình nửa lít mật ong" beside honey by the litre and
 * a 500 ml bottle, "lấy 1 cân vải sấy" beside dried lychees by the kilo and a 1 kg bag. A word that says loose ("xá",
 * "đong", "cân ký") or a container reads as before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'birdsNestVinhLuong', text: 'cho mình nửa lít mật ong', items: {}, ask: true },
  { shop: 'lycheesThanhHa', text: 'lấy 1 cân vải sấy', items: {}, ask: true },
  { shop: 'lycheesThanhHa', text: 'nửa cân vải sấy', items: {}, ask: true },
  // negatives: loose said, or a pack said
  { shop: 'lycheesThanhHa', text: 'vải sấy xá 1 cân', items: { 'VS-SAY-KG': 1 }, ask: false },
  { shop: 'cornLiquor', text: 'đong cho chú 2 lít 40 độ, 2 lít 45 độ, đt 0325 678 901', items: { 'RN40-LIT': 2, 'RN45-LIT': 2 }, ask: false },
  { shop: 'dryNoodles', text: 'cho e 500g miến cân ký', items: { 'MD-ROI-KG': 0.5 }, ask: false },
];

describeCorpus('loose-or-packed', EXAMPLES);
