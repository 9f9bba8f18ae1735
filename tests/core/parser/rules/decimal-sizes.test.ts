/** Decimal sizes and millimetres (core/parser/units.ts, attributes.ts sizeNumber): "cước 0.3" and "0.2mm" of "Dây cước 0.3mm", "kim 3.5" of "Kim móc 3.5mm" name the product; a bare decimal the names do not write stays an amount. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tackle', text: 'lấy 3 cuộn cước 0.3', items: { 'CUOC-03': 3 }, ask: false },
  { shop: 'tackle', text: 'Cho mình 1 cuộn dây cước 0.2mm và 1 cuộn 0.5mm', items: { 'CUOC-02': 1, 'CUOC-05': 1 }, ask: false },
  { shop: 'knitting', text: '5 kim 3.5', items: { 'KIM-35': 5 }, ask: false },
  // a blind sold by the square metre: "5m2" glued is its amount, even though its name gives a width in mm
  { shop: 'blinds', text: 'RSG-25-TRANG 5m2', items: { 'RSG-25-TRANG': 5 }, ask: false },
  // negative: a size no product has asks
  { shop: 'tackle', text: 'lấy 2 cuộn cước 0.4mm', items: {}, ask: true },
];

describeCorpus('decimal-sizes', EXAMPLES);
