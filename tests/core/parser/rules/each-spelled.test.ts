/**
 * A number in words with no unit is too weak to be an amount ("một mình", "hai đứa"), but right after "mỗi loại" /
 * "mỗi màu" it is the amount of each ("nồi 20cm với chảo 24cm, mỗi loại một", "… mỗi màu một chục")
 * (core/parser/quantity-at.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'induction', text: 'nồi 20cm với chảo 24cm, mỗi loại một', items: { 'NOI-20': 1, 'CHAO-24': 1 }, ask: false },
  { shop: 'uniforms', text: 'tạp dề nâu với tạp dề đen mỗi màu một chục', items: { 'TD-NAU': 10, 'TD-DEN': 10 }, ask: false },
  { shop: 'glassware', text: 'hũ 500 với hũ 1 lít mỗi loại nửa chục', items: { 'HU-NAP-500': 5, 'HU-NAP-1000': 5 }, ask: false },
  // negative: a spelled number elsewhere, with no unit, is no amount
  { shop: 'induction', text: 'nhà có hai người, lấy 1 nồi 20cm', items: { 'NOI-20': 1 }, ask: false },
];

describeCorpus('each-spelled', EXAMPLES);
