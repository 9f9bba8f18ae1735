/**
 * A product listed with "+" after a line, with no amount of its own, is one more item: one of it, or as many as the
 * line when it is a service done to each piece ("Dịch vụ khắc tên", sold by the "lần"); a service needs no "+". After a
 * set, whose parts its name lists, the words after "+" are those parts.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'stationery', text: 'cho mình 1 bút ký gỗ óc chó + khắc tên nhé', items: { 'BK-OC-CHO': 1, 'KHAC-TEN': 1 }, ask: false },
  { shop: 'belts', text: '2 ví ngắn đen + khắc tên + hộp quà', items: { 'VI-NGAN-DEN': 2, 'KHAC-TEN': 2, 'HOP-QUA': 1 }, ask: false },
  // a service named with no amount after a line of the same sentence, "+" or not, is done to each of its pieces
  { shop: 'belts', text: 'vi ngan nau 2 cai, khac ten giup e', items: { 'VI-NGAN-NAU': 2, 'KHAC-TEN': 2 }, ask: false },
  { shop: 'stationery', text: 'e đặt 1 bút ký gỗ óc chó, khắc tên "Minh Anh" nha', items: { 'BK-OC-CHO': 1, 'KHAC-TEN': 1 }, ask: false },
  // negatives: parts of a set, and a phrase that fits several products
  { shop: 'hammocks', text: '1 combo khung võng thép 2m2 + lưới xanh', items: { 'CB-THEP-22': 1 }, ask: false },
  { shop: 'belts', text: '1 ví ngắn đen + thắt lưng', items: { 'VI-NGAN-DEN': 1 }, ask: true },
];

describeCorpus('listed-after-line', EXAMPLES);
