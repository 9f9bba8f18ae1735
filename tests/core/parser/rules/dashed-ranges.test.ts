/**
 * "Bộ bí ngô trẻ em size M (5–7 tuổi)": a range written with an en or em dash between two numbers is the range
 * "5-7" (core/parser/normalize.ts), so "cho bé 6 tuổi" falls in it (range-fit.ts) and "6 tuổi" is no amount. Not a
 * dash set off by spaces between a phrase and its amount, "khổ 1m5 — 8 mét".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'costumes', text: 'Shop ơi cho e 1 bộ bí ngô size M cho bé 6 tuổi', items: { 'HT-BINGO-M': 1 }, ask: false },
  { shop: 'costumes', text: 'HT-BINGO-S 2, HT-BINGO-M 1', items: { 'HT-BINGO-S': 2, 'HT-BINGO-M': 1 }, ask: false },
  { shop: 'maiChauPork', text: 'lợn mán nguyên con 20-25kg x1, sđt: 0869-447-120', items: { 'MAN-CON': 1 }, ask: false },
  // negative: a spaced dash before the amount
  { shop: 'fabricByMetre', text: 'Vải lót phi màu trắng khổ 1m5 — 8 mét', items: { 'LOT-TRANG': 8 }, ask: false },
];

describeCorpus('dashed-ranges', EXAMPLES);
