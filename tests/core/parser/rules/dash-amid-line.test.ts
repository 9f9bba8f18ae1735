/**
 * A long dash amid a line before words sets them off as a comma does (core/parser/normalize.ts): "1 lư 20 — mâm thôi
 * bỏ nha" takes back the tray and keeps the censer, and the goods named right before a closing "bỏ" are the ones taken
 * back (core/parser/drop-lines.ts). Before an amount the dash still joins the goods to it ("khổ 1m5 — 8 mét").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bronzeThanhThuy', text: '1 mâm 60, 1 đôi chân nến, 1 lư 20 — mâm thôi bỏ nha', items: { 'CHAN-NEN-30': 1, 'LU-20': 1 }, ask: false },
  { shop: 'hoTayKitchen', text: '1 đĩa cá rô, 1 đĩa ốc nhồi, 6 suất bún ốc, 2 đĩa bánh tôm — à thôi bỏ cá rô nhé', items: { 'OC-HAP10': 1, 'BUN-OC': 6, 'BT-D5': 2 }, ask: false },
  // negatives: the dash before an amount
  { shop: 'fabricNinhHiep', text: 'kaki đen khổ 1m5 — 8 mét', items: { 'KAKI-DEN': 8 }, ask: false },
  { shop: 'fabricNinhHiep', text: 'kaki đen 8 mét — à thôi bỏ kaki đen, lấy kaki be 8 mét', items: { 'KAKI-BE': 8 }, ask: false },
];

describeCorpus('dash-amid-line', EXAMPLES);
