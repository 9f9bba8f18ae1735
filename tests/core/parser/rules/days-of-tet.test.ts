/**
 * "giao 29 Tết nhé", "28 Tết em qua lấy", "mùng 2 Tết": a number from 15 to 30 before "Tết" (or up to 10 after
 * "mùng") is a day of Tết, when to deliver or collect, no amount of goods, even where the catalog names goods "Tết"
 * (core/parser/quantity-at.ts). An amount with its classifier before goods of Tết still counts them.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'porkRollsTamDuong', text: 'Tết này e lấy 2 con gà trống luộc cúng, giao 29 Tết nhé', items: { 'GA-TRONG-LUOC': 2 }, ask: false },
  { shop: 'porkRollsTamDuong', text: 'mùng 2 Tết giao giúp e 2 con gà trống luộc nhé', items: { 'GA-TRONG-LUOC': 2 }, ask: false },
  { shop: 'vanGiang2', text: 'Ngày 25 tết giao giúp e 1 cặp quất 1m5 tới số 7 ngõ 15 Lạc Long Quân', items: { 'QUAT-CAP-1M5': 1 }, ask: false },
  { shop: 'lotusNamDan', text: 'Shop ơi, Tết có mở bán không, 28 Tết e mới về quê', items: {}, ask: false },
  // negative: an amount of gift boxes of Tết
  { shop: 'lotusNamDan', text: 'lấy 20 hộp quà tết nhé', items: { 'QUA-TET': 20 }, ask: false },
];

describeCorpus('days-of-tet', EXAMPLES);
