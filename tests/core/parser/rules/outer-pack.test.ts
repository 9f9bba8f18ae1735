/**
 * Outer packs (core/parser/outer-pack.ts): "2 thùng 48 hũ sữa chua", "1 bộ 4 lọ tinh dầu" name the case or set the shop
 * sells by that outer unit and count; the count of outer packs is the quantity. A crate, carton or multipack said
 * with no count of goods sold singly ("1 lốc sữa") asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'dairy', text: '2 thùng 48 hũ sữa chua', items: { 'SC-THUNG48': 2 }, ask: false },
  { shop: 'dairy', text: 'Lấy 1 thùng 12 chai sữa tươi có đường ship Hải Phòng nhé a', items: { 'THUNG-ST-12': 1 }, ask: false },
  { shop: 'shrimpPaste', text: 'lấy 1 thùng 12 hũ 250g mắm đặc biệt', items: { 'MT-DB-T12': 1 }, ask: false },
  { shop: 'oils', text: 'mình lấy 2 bộ 4 lọ tinh dầu để tặng', items: { 'SET-TD-4': 2 }, ask: false },
  // negative: no case of that count is sold; the inner units are counted (or asked about) as before
  { shop: 'sauce', text: '1 thùng 12 chai nước mắm 40 độ 500ml', items: { 'NM40-500': 12 }, ask: false },
  // an outer pack with no count, of goods sold by the can or bottle: how many it holds is the shop's to say (convert.ts)
  { shop: 'groceries', text: 'lấy 1 lốc sữa ông thọ', items: {}, ask: true },
  { shop: 'yogurt', text: 'mình lấy 1 lốc sữa chua uống dâu', items: {}, ask: true },
  { shop: 'school', text: 'lấy 2 lốc vở ô ly', items: {}, ask: true },
];

describeCorpus('outer-pack', EXAMPLES);
