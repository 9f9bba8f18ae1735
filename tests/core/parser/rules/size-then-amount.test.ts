/**
 * A size the names carry, then an order verb and the amount in the unit the goods are sold by: "van go thong 10cm lay
 * 25m", "phim 1 chiều bạc 1m52 lấy 6 mét", "nhom hop 20x40 day 1mm lay 15 met". The amount after "lấy" (or "cắt cho
 * e") tells that the measure before it is the size (core/parser/attributes.ts, amountFollows). A size none carries
 * still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pallets', text: 'van go thong 10cm lay 25m', items: { 'GT-VAN-10': 25 }, ask: false },
  { shop: 'windowFilm', text: 'phim 1 chiều bạc 1m52 lấy 6 mét, sđt 0912 777 888', items: { '1C-BAC-152-MET': 6 }, ask: false },
  { shop: 'ladders', text: 'nhom hop 20x40 day 1mm lay 15 met', items: { 'NH-2040': 15 }, ask: false },
  { shop: 'oilPaintings', text: 'canvas 2m1 lấy 2 mét rưỡi', items: { 'CANVAS-2M1': 2.5 }, ask: false },
  { shop: 'coirMats', text: 'dây thừng 10mm lấy 2 chục mét', items: { 'DAY-10MM': 20 }, ask: false },
  // negative: a width none comes in
  { shop: 'oilPaintings', text: 'vai toan 2m lay 1 met', items: {}, ask: true },
];

describeCorpus('a size, then the amount after the verb', EXAMPLES);
