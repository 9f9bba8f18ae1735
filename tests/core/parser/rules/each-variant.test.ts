/** 'mỗi màu / mỗi khổ / mỗi loại N': a lone phrase that fits several products means each of them; several listed phrases stay one thing each. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'silver', text: 'bông tai mỗi màu 2 đôi nhé', items: { 'BONG-DO': 2, 'BONG-XANH': 2, 'BONG-TRANG': 2 }, ask: false },
  { shop: 'silk', text: 'khăn lụa mỗi màu 1 chiếc', items: { 'KL-XANH': 1, 'KL-DO': 1, 'KL-VANG': 1 }, ask: false },
  { shop: 'herbs', text: 'tinh dầu quế 10ml và 30ml mỗi loại 2 lọ', items: { 'QUE-10': 2, 'QUE-30': 2 }, ask: false },
  // "mỗi loại đậu 3 cái: …": with no phrase before the amount, the list after the colon says which products
  { shop: 'steamedBuns', text: 'mỗi loại đậu 3 cái nhé: đậu đỏ với đậu xanh', items: { 'BB-DAUDO': 3, 'BB-DAUXANH': 3 }, ask: false },
  { shop: 'spices', text: 'mỗi thứ 2 gói: hạt mùi, lá mắc mật', items: { 'HAT-MUI': 2, 'LA-MAC-MAT': 2 }, ask: false },
];

describeCorpus('each-variant', EXAMPLES);
