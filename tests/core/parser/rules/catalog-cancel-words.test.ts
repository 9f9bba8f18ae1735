/**
 * A cancel word the catalog writes in a pair, spelled as the catalog spells it, is a word of the name: "bỏ túi"
 * (pocket-sized) of "Ô gấp 5 mini bỏ túi", "bỏ hạt" (seeded) of "Bồ hòn bỏ hạt" take nothing back
 * (core/parser/clauses.ts, core/parser/drop-lines.ts). "bỏ" before a product still takes it back, also where the
 * shop sells a "Bộ …" that folds like it. So is a negation typed bare that opens such a pair: "son hong dat" is the
 * "hồng đất" lipstick, not "hông đặt" (won't order); opening the message, it still negates.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'umbrellas', text: 'cho e 1 ô gấp 5 mini bỏ túi màu đen', items: { 'GAP5-DEN': 1 }, ask: false },
  { shop: 'umbrellas', text: 'lấy 1 ô gấp 3 đen với 2 ô gấp 5 mini bỏ túi màu trắng kem', items: { 'GAP3-DEN': 1, 'GAP5-TRANG': 2 }, ask: false },
  { shop: 'combs', text: 'Em đặt 1 lược gấp bỏ túi ạ', items: { 'LS-GAP': 1 }, ask: false },
  { shop: 'cleaners', text: 'bồ hòn bỏ hạt lấy 2 ký rưỡi', items: { 'BH-TACH': 2.5 }, ask: false },
  { shop: 'makeup', text: 'son hong dat 2 cay, sdt0936222111', items: { 'SON-04': 2 }, ask: false },
  { shop: 'makeup', text: 'hong dat son 04 nua dau', items: {}, ask: false },
  // negative: "bỏ" before a product named takes it back
  { shop: 'umbrellas', text: 'lấy 1 ô gấp 3 đen với 1 ô gấp 3 hồng, bỏ ô gấp 3 hồng nhé', items: { 'GAP3-DEN': 1 }, ask: false },
  { shop: 'fans', text: 'bỏ quạt lụa đi nhé, chỉ lấy 2 quạt gỗ đàn hương thôi', items: { 'QDH-23': 2 }, ask: false },
];

describeCorpus('catalog-cancel-words', EXAMPLES);
