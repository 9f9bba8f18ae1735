/**
 * "ngói vảy cá 450v", "gạch bát lấy 100v": a count glued to "v" is so many viên where the shop sells by the viên and
 * no name carries a voltage written so, "Pin vuông 9V" (core/parser/context.ts); there "4v" may be a voltage, and the
 * reading asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'rooftiles', text: 'ngoi am duong L1 1000v, L2 500v', items: { 'NAD-L1': 1000, 'NAD-L2': 500 }, ask: false },
  { shop: 'rooftiles', text: 'Gach bat lay 100v, gach la nem 20 lay 300v, gach bac 8v', items: { GBAT: 100, 'GLN-20': 300, GBT: 8 }, ask: false },
  { shop: 'building2', text: 'gạch block 10x19x39 lấy 200v', items: { 'GACH-BLOCK': 200 }, ask: false },
  { shop: 'building', text: 'gach the dac tuynel 500v nhe', items: { 'GACH-THE': 500 }, ask: false },
  // negative: a battery shop writes voltages so
  { shop: 'cellBatteries', text: 'pin vuông energizer 4v', items: {}, ask: true },
];

describeCorpus('glued-vien', EXAMPLES);
