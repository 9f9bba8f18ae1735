/**
 * A numbered size said for goods the shop lists with no sizes ("dep coi quai cheo size 36", "nhẫn cưới nữ 18k size
 * 9") is a detail of the order, not a product the shop lacks (core/parser/size-detail.ts). Where a product sold in that
 * size, or carrying that number, shares the customer's words, the size may name it: the reading asks or reads it.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'clothShoes', text: 'cho e 2 doi dep coi quai cheo size 36 nha', items: { 'DC-CHEO': 2 }, ask: false },
  { shop: 'clothShoes', text: 'Chào shop, cho mình 1 đôi guốc mộc nữ đế cao 3cm size 37 nhé', items: { 'GM-3': 1 }, ask: false },
  { shop: 'clothShoes', text: 'dep coi nam quai ngang sz 42 x1', items: { 'DC-NGANG': 1 }, ask: false },
  { shop: 'heatedSlippers', text: 'cho 1 đôi dép sưởi size 40', items: { 'DEP-SUOI': 1 }, ask: false },
  { shop: 'goldJewellery', text: 'nhẫn cưới nữ 18k size 9 1 chiếc', items: { 'NHAN-CUOI-18K-NU': 1 }, ask: false },
  // negative: a product sold in that size shares the words ("Giày vải bata trắng size 39"): ask
  { shop: 'clothShoes', text: 'lay 1 doi giay cham size 39', items: {}, ask: true },
  // negative: the words fit goods sold in sizes ("Áo dài … vải lụa size 6"), whose sizes stop at 10: ask
  { shop: 'schoolAoDai', text: 'chị lấy 1 bộ áo dài lụa size 11 cho bé nhà chị cao 1m72 nhé', items: {}, ask: true },
  // negative: "1 bộ size 165" names no goods beside the classifier
  { shop: 'boxing', text: 'cho e 1 bộ võ phục size 160 với 1 bộ size 165', items: { 'VO-PHUC-160': 1 }, ask: true },
];

describeCorpus('a size said for goods listed without sizes', EXAMPLES);
