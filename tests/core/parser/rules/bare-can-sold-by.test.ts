/**
 * "lấy 2 can bàu đá 40", "1 can nước rửa xe bọt tuyết 5L": typed bare, "can" is read as "cân" (a kilo) or as the can
 * the shop sells by (core/parser/quantity-at.ts). When the one product the words name is sold by neither, the can
 * is tried: a product sold by the can that the same words name is meant (core/parser/place.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bauDa', text: 'lấy 2 can bàu đá 40', items: { 'BD40-2L': 2 }, ask: false },
  { shop: 'pressureWash', text: '1 can nước rửa xe bọt tuyết 5L', items: { 'NRX-5L': 1 }, ask: false },
  { shop: 'jellies', text: 'quán e lấy 2 can thạch dừa 5 lít', items: { 'TD-CAN-5L': 2 }, ask: false },
  // negative: goods sold by the kilo read "can" as "cân"
  { shop: 'ruoi', text: '1 can ruoi loai 1', items: { 'RT-L1': 1 }, ask: false },
  { shop: 'bauDa', text: 'chín chai bàu đá 45 nhé shop', items: { 'BD45-500': 9 }, ask: false },
];

describeCorpus('bare can of goods sold by the can', EXAMPLES);
