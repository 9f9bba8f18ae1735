/**
 * A number of five digits or more that a name writes bare ("pin 18650", "sạc dự phòng 20000 trắng") or glued to its
 * unit ("20000mAh") is a word of that name (core/parser/catalog-index.ts): a customer's "pin 20000" names the 20,000 mAh
 * power bank. Without it such a number is read as money or part of a phone and the order asks. A number no name
 * carries still names nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'phoneGear', text: 'cho e 1 pin 20000 nhé', items: { 'PIN-20K': 1 }, ask: false },
  { shop: 'phoneGear', text: 'lấy 2 sạc dự phòng 20000, sđt 0987 111 333', items: { 'PIN-20K': 2 }, ask: false },
  // (Where two names carry the number, it tells them apart no more than the words do: "10000" of the plain and the MagSafe bank.)
  { shop: 'phoneGear', text: 'lấy 2 sạc dự phòng 10000', items: {}, ask: true },
  { shop: 'powerBanks', text: 'cho minh 2 sac du phong 10000 mau hong', items: { 'SDP-10K-HONG': 2 }, ask: false },
  { shop: 'powerBanks', text: 'pin dự phòng 20000 đen 1 cái', items: { 'SDP-20K-DEN': 1 }, ask: false },
  { shop: 'flashlights', text: 'lấy 4 viên pin 18650 với 1 bộ sạc 18650', items: { 'PIN-18650': 4, 'SAC-18650': 1 }, ask: false },
  // Negative: a capacity no product has asks among the power banks instead of taking one.
  { shop: 'powerBanks', text: 'lấy 1 sạc dự phòng 30000 đen', items: {}, ask: true },
];

describeCorpus('long-numbers-in-names', EXAMPLES);
