/**
 * "kèm" (with) opens a second item ("1 hộp cơm 3 tầng kèm 2 túi bình"), but where the catalog's names say "kèm" with
 * the word after it ("Bộ đèn ring light 26cm kèm chân 1m6", "Hộp cơm giữ nhiệt 3 tầng kèm túi", "Đồng hồ để bàn kèm
 * khung ảnh"), "kèm" and that word go on naming the product (core/parser/clauses.ts continuesPhrase): the stand, the
 * bag, the frame are the product's own words, and siblings decide by them.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'liveGear', text: 'Lấy 1 bộ đèn ring light 26cm kèm chân 1m6', items: { 'RL26-C160': 1 }, ask: false },
  // the set with the stand in two heights, the light without one: which stand?
  { shop: 'liveGear', text: 'mua 2 đèn 26 cm kèm chân', items: {}, ask: true },
  { shop: 'flasks', text: 'Hộp cơm giữ nhiệt 3 tầng kèm túi vải x 2', items: { 'HOP-COM-3T-TUI': 2 }, ask: false },
  { shop: 'frames', text: 'lấy 2 cái đồng hồ kèm khung', items: { 'DH-BAN-KHUNG': 2 }, ask: false },
  // negative: "kèm" before an amount of another product opens a second item
  { shop: 'flasks', text: 'lấy 1 hộp cơm 3 tầng kèm 2 túi bình', items: { 'HOP-COM-3T': 1, 'TUI-BINH': 2 }, ask: false },
  { shop: 'liveGear', text: 'lấy 1 đèn ring light 33cm kèm 1 mic cài áo', items: { RL33: 1, 'MIC-CAI-1': 1 }, ask: false },
  { shop: 'cleaning', text: 'lấy 1 chổi lúa kèm 2 cây lau nhà', items: { 'CHOI-LUA': 1, 'CLD-TUVAT': 2 }, ask: false },
];

describeCorpus('with-in-names', EXAMPLES);
