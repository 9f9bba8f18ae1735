/**
 * The word that multiplied a number ("chục", "tá") names the candidate sold in that pack ("Nem chua Thanh Hóa chục 10
 * cái"), and the amount is counted in those packs. A container the customer counts in is none of those packs: "1 thùng
 * nem chua" of nem sold by the chục asks how many (it is no tenth of a chục).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'porkRolls', text: 'lấy 3 chục nem chua, 1 hộp nem nướng', items: { 'NEM-C10': 3, 'NEM-NUONG': 1 }, ask: false },
  { shop: 'porkRolls', text: 'lấy 3 chục nem chua, à 4 chục đi', items: { 'NEM-C10': 4 }, ask: false },
  { shop: 'sweetsNorth', text: 'bánh gai nhân đậu 2 chục nhé', items: { 'BG-DAU': 2 }, ask: false },
  { shop: 'nemChua', text: 'cho e 1 thùng nem chua', items: {}, ask: true },
  // negative: the classifier after "chục" is no multiplier though it folds like one ("lo" typed bare is "lọ", not "lố")
  { shop: 'oils', text: 'cho 1 chuc lo sa chanh 10ml', items: { 'SA-10ML': 10 }, ask: false },
  { shop: 'banhCuon', text: 'cho 1 chuc lo ca cuong', items: { 'CA-CUONG': 10 }, ask: false },
  { shop: 'sweetsNorth', text: 'lấy 2 gói bánh gai nhân dừa', items: {}, ask: true },
  // negative: counted in pieces, the bag of fifty and the pack of ten both hold them; ask
  { shop: 'porkRolls', text: 'lấy 50 cái nem chua', items: {}, ask: true },
  // the pack named by the multiplier wins over the single piece beside it; half a pack is pieces
  { shop: 'leafCakes', text: 'cho mình một chục bánh ít nhân đậu', items: { 'BI-DAU-CHUC': 1 }, ask: false },
  { shop: 'leafCakes', text: 'chị ơi e đặt 3 chục bánh ít đậu xanh', items: { 'BI-DAU-CHUC': 3 }, ask: false },
  { shop: 'leafCakes', text: 'cho em nửa chục bánh ít đậu', items: { 'BI-DAU': 5 }, ask: false },
];

describeCorpus('multiplier-name', EXAMPLES);
