/**
 * "10inch", "9in", "12 in", "8\"": chat shorthand for inches, written out at a shop whose names measure in inches, so
 * the number is that size ("kéo 10inch 1c" is the 10-inch scissors) (core/parser/inches.ts). "Hub 8 in 1" is no size,
 * and a shop that sells nothing in inches reads "in" as printing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sewingTools', text: 'kéo 10inch 1c', items: { 'KEO-10': 1 }, ask: false },
  { shop: 'sewingTools', text: '2 cái kéo 12 in', items: { 'KEO-12': 2 }, ask: false },
  { shop: 'paintBrushes', text: 'rulo long cuu 9 in sl 12', items: { 'CL-9': 12 }, ask: false },
  { shop: 'barber', text: 'đặt 1 kéo cắt 6in với 1 kéo tỉa 6in', items: { 'KEO-CAT-6': 1, 'KEO-TIA-6': 1 }, ask: false },
  { shop: 'suitcases', text: 'vali nhua 28in den 1 cai sdt 0901234987', items: { 'PP28-DEN': 1 }, ask: false },
  // negative: "8 in 1" counts ports
  { shop: 'laptopStands', text: 'Lấy 1 Hub Type-C 8 in 1 (HDMI 4K, LAN, SD, PD 100W)', items: { 'HUB-C-8IN1': 1 }, ask: false },
];

describeCorpus('inches written short', EXAMPLES);
