/**
 * "vạn" is ten thousand, as fry and bricks are counted at the market ("2 vạn cá chép", "1 vạn rưỡi"); a count so
 * multiplied is no code or year however large (core/parser/numbers.ts, core/parser/quantity-at.ts). Typed bare,
 * "van" is ten thousand too where the catalog has no "van" of its own (a valve) and goods or their classifier follow.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'fry', text: 'cho e 2 vạn cá chép lai', items: { 'CA-CHEP-LAI': 20 }, ask: false },
  { shop: 'fry', text: 'rô phi 1 vạn rưỡi', items: { 'CA-RO-PHI': 15 }, ask: false },
  { shop: 'building2', text: 'lấy 1 vạn viên gạch 4 lỗ', items: { 'GACH-4LO': 10 }, ask: false },
  { shop: 'fry', text: 'ca tre vang giong 1 van con', items: { 'CA-TRE-VANG': 10 }, ask: false },
  { shop: 'tiles', text: 'lay 1 van vien gach dat nung 30x30', items: { 'GDN-3030': 10000 }, ask: false },
  // negative: four digits alone are still no amount, and "van" typed bare is a valve
  { shop: 'fry', text: 'cá chép lai 2026', items: {}, ask: true },
  { shop: 'wireAndPipes', text: 'e cần van khoá phi 21 2 cái', items: {}, ask: true },
];

describeCorpus('ten-thousands', EXAMPLES);
