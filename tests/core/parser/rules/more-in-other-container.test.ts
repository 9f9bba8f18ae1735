/**
 * "… nữa" in a container the line's product is not sold in, but a sibling is, orders that sibling
 * (core/parser/restate.ts, moreOfSibling): "5 gói lót thấm sữa với 1 hộp nữa" is five bags of 10 and a box of 30,
 * "2 gói cốm gạo, thêm 1 hũ nữa" two bags and a jar. In the line's own container it is more of the line; after "cho"
 * it says what the extra is for.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'maternity', text: 'cho e 5 gói lót thấm sữa với 1 hộp nữa', items: { 'LOT-SUA-10': 5, 'LOT-SUA-30': 1 }, ask: false },
  { shop: 'rice', text: 'Lấy 2 gói cốm gạo, thêm 1 hũ nữa nhé', items: { 'COM-GAO-200G': 2, 'COM-GAO-HU500G': 1 }, ask: false },
  // negative: more of the line in its own container
  { shop: 'maternity', text: 'cho e 5 gói lót thấm sữa với 1 gói nữa', items: { 'LOT-SUA-10': 6 }, ask: false },
];

describeCorpus('more-in-other-container', EXAMPLES);
