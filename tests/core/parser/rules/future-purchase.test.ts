/**
 * A clause that buys another time ("Tuần sau e lấy thêm 2 cái nữa", "ngon thì lần sau em đặt mẹt 4 người", "ngựa để
 * lần sau") orders nothing now (core/parser/clauses.ts): a time to come with "để" before it or a buying verb after it.
 * A time to come that says when to deliver ("đặt trước 2 thùng gà ri cho tuần sau", "Tuần sau giao được thì lấy …")
 * still orders.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cakeMoulds', text: 'Shop ơi lấy e 3 khuôn gỗ mít tròn 100g. Tuần sau e lấy thêm 2 cái nữa', items: { 'KG-T100': 3 }, ask: false },
  { shop: 'woodChopsticks', text: 'Shop ơi lấy e 2 bó đũa trắc. Tháng sau công ty e lấy thêm 10 bó nữa', items: { 'DTR-27-B10': 2 }, ask: false },
  { shop: 'bunDau', text: 'chị ơi em lấy 1 mẹt 2 người ăn thử nhé, ngon thì lần sau em đặt mẹt 4 người', items: { 'MET-2N': 1 }, ask: false },
  { shop: 'crocodile', text: 'Thắt lưng đen dài 110 lấy 1, còn cái nâu để lần sau', items: { 'TL-DEN-110': 1 }, ask: false },
  // "chắc" (probably) before a buying verb: what the customer may buy
  { shop: 'bronzeNamTruc', text: 'Tết này chắc e lấy 3 đôi chân nến 40', items: {}, ask: false },
  { shop: 'pomeloBinhMinh', text: 'rằm tháng sau chắc mình lấy 3 hộp quà 2 trái năm roi', items: {}, ask: false },
  // negatives: "chắc chắn" (surely); the time to come is when to deliver
  { shop: 'bronzeNamTruc', text: 'lấy 1 đỉnh 40, chắc chắn nhé', items: { 'DINH-40': 1 }, ask: false },
  { shop: 'fry', text: 'đặt trước 2 thùng gà ri cho tuần sau nha', items: { 'GA-RI-100': 2 }, ask: false },
  { shop: 'ironwork', text: 'Tuần sau giao được thì lấy 20m lan can đen nhé', items: { 'LC-HOP-DEN': 20 }, ask: false },
];

describeCorpus('buying another time', EXAMPLES);
