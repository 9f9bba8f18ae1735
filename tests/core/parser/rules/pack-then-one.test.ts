/**
 * "bỉm dán bobby size M 30 miếng 1 bịch, size L 30 miếng 1 bịch", "o3 30 vien 1 lo": a count of pieces, then one of a
 * pack, is what the pack holds and the amount, not an outer pack of thirty (core/parser/quantity-at.ts); after a size
 * said for the item before ("size L"), the pack said again is the name's (core/parser/elided-sizes.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'diapers', text: 'lấy bỉm dán bobby size M 30 miếng 1 bịch, size L 30 miếng 1 bịch', items: { 'BB-DAN-M-30': 1, 'BB-DAN-L-30': 1 }, ask: false },
  // no thirty or sixty jars: the pack of thirty pills is named loosely; ask
  { shop: 'vitamins', text: 'o3 30 vien 1 lo nhe', items: {}, ask: true },
  { shop: 'vitamins', text: 'o3 30 vien 2 lo nhe', items: {}, ask: true },
  // an outer pack, then what it holds, still reads so ("2 cây" of tape, then three loose rolls)
  { shop: 'boxesAndTape', text: 'băng keo 2 cây 3 cuộn lẻ', items: { 'BK-TRONG-C6': 2, 'BK-TRONG-LE': 3 }, ask: false },
];

describeCorpus('pack then one', EXAMPLES);
