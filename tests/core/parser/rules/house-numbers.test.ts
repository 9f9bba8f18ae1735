/**
 * "giao đến 12 Nguyễn Huệ", "ship về 45 Lê Lợi": a number after a delivery verb and its direction, before a
 * capitalised name, is a house number, not an amount of anything.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bakery', text: '1 bánh dâu 16cm, giao đến 12 Nguyễn Huệ, Q1 nhé', items: { 'BK16-DAU': 1 }, ask: false },
  { shop: 'lotusTea', text: '1 hộp trà sen 200g giao tới 45 Nguyễn Trãi, Thanh Xuân', items: { 'TS-200': 1 }, ask: false },
  // negative: with no delivery verb before it, a number before a capitalised name is an amount
  { shop: 'herbs', text: 'lấy 12 Trà gừng mật ong nhé', items: { 'TRA-GUNG': 12 }, ask: false },
];

describeCorpus('house-numbers', EXAMPLES);
