/**
 * A number of three or more digits that is a model's number in the names ("Vòng bi 6201 ZZ", "Đá mài 1000") names
 * those products where a product phrase would stand (core/parser/scan.ts): "2 con 6201 2 con 6202", "6201 x 30",
 * "1000 thì lấy 1 viên". A count of what the names count stays with its word ("1 hộp 1000 mảnh").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bearings', text: '2 con 6201 2 con 6202 2 con 6203', items: { 'VB-6201-ZZ': 2, 'VB-6202-ZZ': 2, 'VB-6203-ZZ': 2 }, ask: false },
  { shop: 'bearings', text: '6201 x 30', items: { 'VB-6201-ZZ': 30 }, ask: false },
  { shop: 'bearings', text: 'lay 3 hop 6202 va 20 con 6201', items: { 'VB-6202-ZZ-H10': 3, 'VB-6201-ZZ': 20 }, ask: false },
  { shop: 'knives', text: 'đá mài: 1000 thì lấy 1 viên, 3000 lấy 2 viên nhé', items: { 'DA-1000': 1, 'DA-3000': 2 }, ask: false },
];

describeCorpus('bare-model-numbers', EXAMPLES);
