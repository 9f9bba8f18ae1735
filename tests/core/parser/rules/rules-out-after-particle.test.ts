/**
 * After an order closed by a particle ("… nhé", "… nha"), as after "chứ", a negation rules out another thing and
 * takes nothing back (core/parser/clauses.ts, scan.ts): "lấy 1 nệm s nha ko lấy m" orders the S bed. What is ruled
 * out may be a sibling named by its size alone ("… 50g nhé ko lấy 100g") and may follow lines of earlier clauses
 * ("…, mua lẻ chứ không lấy combo"), or an amount alone ("… chứ ko lấy 100 túi nữa"). A negation that opens the message
 * still orders nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'birdNest', text: 'cho chị 2 hộp yến tinh chế 100g nha ko lấy 50g', items: { 'YS-TINH-100': 2 }, ask: false },
  { shop: 'cleanPork', text: 'lấy 2kg sườn non nhé không lấy sườn già', items: { 'SUON-NON': 2 }, ask: false },
  { shop: 'tackle', text: 'lấy 1 cần câu tay tre 3m6, mua lẻ chứ không lấy combo', items: { 'CAN-TRE-3M6': 1 }, ask: false },
  { shop: 'kites', text: 'lấy 1 diều cánh 2m chứ ko phải 1m6 nhé', items: { 'DIEU-2M': 1 }, ask: false },
  // an amount alone is ruled out too
  { shop: 'teaBags', text: 'mình lấy 1 hộp trà xanh 50 túi thôi, chứ ko lấy 100 túi nữa', items: { 'TX-TC-50': 1 }, ask: false },
  { shop: 'birdNest', text: 'cho chị 2 hộp yến tinh chế 100g nha ko lấy 3 hộp', items: { 'YS-TINH-100': 2 }, ask: false },
  // Negative: a message that opens with the negation orders nothing.
  { shop: 'cleanPork', text: 'không lấy sườn già nhé', items: {}, ask: false },
];

describeCorpus('rules-out-after-particle', EXAMPLES);
