/**
 * An amount after "mỗi" + a noun counted earlier in the message is per each of them: the count times the amount.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sweetsNorth', text: 'Nhà e 5 người, mỗi người 1 gói chè lam gừng nhé', items: { 'CL-GUNG-200': 5 }, ask: false },
  { shop: 'porkRolls', text: 'cho e 3 hộp quà 3 món, mỗi hộp kèm 1 túi giữ nhiệt', items: { 'HOP-QUA3': 3, 'TUI-GN': 3 }, ask: false },
  { shop: 'toys', text: 'mình có 2 bé, mỗi bé 1 mặt nạ ngộ không', items: { 'MN-NGO-KHONG': 2 }, ask: false },
  // negative: "mỗi loại" names what varies, not something counted
  { shop: 'sweetsNorth', text: 'chè lam gừng với chè lam lạc 200g mỗi loại 2 gói', items: { 'CL-GUNG-200': 2, 'CL-LAC-200': 2 }, ask: false },
  // negative: nothing counted before "mỗi người": the amount stands
  { shop: 'sweetsNorth', text: 'mỗi người 1 gói chè lam gừng nhé', items: { 'CL-GUNG-200': 1 }, ask: false },
  // the count said after the amount, of a noun that names no product
  { shop: 'sweetsNorth', text: 'mỗi người 1 gói chè lam gừng, nhà e 5 người', items: { 'CL-GUNG-200': 5 }, ask: false },
  { shop: 'toys', text: 'mỗi đứa 1 mặt nạ ngộ không nhé, nhà có 2 đứa', items: { 'MN-NGO-KHONG': 2 }, ask: false },
];

describeCorpus('per-head', EXAMPLES);
