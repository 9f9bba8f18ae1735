/**
 * Amounts beside sizes: "cốm tươi 2 lạng" where loose cốm is sold by the lạng and a 2-lạng pack is sold too asks which
 * (loose-or-packed.ts), as "trà móc câu loại A 5 lạng" with no pack of 5 lạng is the amount;
 * "140k x 2" is a price times the count ordered; "40 x 2 đôi" where no candidate has dimensions is a size, then a
 * count. An amount with a container named and not counted ("5 lít dầu lạc can") is the container of that size, one of it.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pressedOils', text: '5 lít dầu lạc can', items: { 'DAU-LAC-CAN-5L': 1 }, ask: false },
  { shop: 'seafood', text: '5 lít nước mắm 40 độ can', items: { 'NM40-5L': 1 }, ask: false },
  // an amount by weight or volume of goods sold only in packs: the pack of that amount, or a whole number of one pack
  // when the packs make the amount in that way only
  // (a pack larger than the amount is no part of it: "2 kg" beside bags of 1 kg and 5 kg is two of 1 kg)
  { shop: 'stickyRiceWine', text: 'cho e 2 kg gạo nếp than', items: { 'GAO-NT-1KG': 2 }, ask: false },
  { shop: 'herbs', text: '20ml tinh dầu quế', items: { 'QUE-10': 2 }, ask: false },
  // negative: packs that make the amount in several ways ("2 cân" of 500 g and 1 kg packs: two or four) ask
  { shop: 'bunCha', text: '2 cân bún tươi', items: {}, ask: true },
  { shop: 'herbs', text: '60ml tinh dầu quế', items: {}, ask: true },
  { shop: 'forestHoney', text: 'e lấy 2 lít mật ong rừng', items: {}, ask: true },
  // negative: a mix of packs ("40ml" of 10 and 30 ml vials), or a container named with a size the shop lacks, asks
  { shop: 'herbs', text: '40ml tinh dầu quế', items: {}, ask: true },
  { shop: 'stickyRiceWine', text: 'cho e 7 kg gạo nếp than', items: {}, ask: true },
  { shop: 'seafood', text: 'mắm 40 độ can 10 lít 1 can', items: {}, ask: true },
  { shop: 'tea', text: 'cốm tươi 2 lạng nhé', items: {}, ask: true },
  { shop: 'tea', text: 'trà móc câu loại A 5 lạng', items: { 'MC-A-LANG': 5 }, ask: false },
  { shop: 'sauce', text: 'mắm 40 độ 500ml 95k x 2', items: { 'NM40-500': 2 }, ask: false },
  { shop: 'silver', text: 'nhẫn trơn ni 12 x 2 chiếc', items: { 'NHAN-TRON-12': 2 }, ask: false },
  { shop: 'sweets', text: 'rượu nếp 29 độ 120k x 3', items: { 'RUOU-29': 3 }, ask: false },
  // "8m2" glued, of a product sold by the square metre, is eight square metres (not 8.2 metres)
  { shop: 'sweets', text: 'mành cật tre 8m2 nha', items: { 'MANH-CAT': 8 }, ask: false },
  // negative: a price per unit is no count; dimensions stay dimensions where products have them
  { shop: 'sauce', text: 'mắm 40 độ 500ml giá 95k 1 chai phải không shop', items: {}, ask: false },
  // a measure followed by a count in a container, past a colon or an order verb, is the size of the product named
  { shop: 'sweetsNorth', text: 'Chè lam gừng 200g: 3 gói', items: { 'CL-GUNG-200': 3 }, ask: false },
  { shop: 'noodles', text: 'mì chũ 500g lấy 2 gói', items: { 'MICHU-500': 2 }, ask: false },
];

describeCorpus('amount-or-pack', EXAMPLES);
