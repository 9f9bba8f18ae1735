/**
 * At a food shop that sells its extras as products ("Thêm bún", "Thêm thịt cua (1 phần)", "Sườn thêm"), "thêm" before
 * or right after an extra's words names the extra, not more of the dish just ordered (core/parser/add-on.ts). More of
 * a dish ("thêm 2 tô bún bò nữa") stays more of it; where no extra is sold, "thêm" means more. "thêm 1 shot" counts
 * the extra sold by the shot ("Thêm shot espresso").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bunBo', text: 'to thuong 1, to nho 2, them bun 1', items: { 'BB-THG': 1, 'BB-NHO': 2, 'TH-BUN': 1 }, ask: false },
  { shop: 'bunBo', text: 'bún tái x2, thêm bò 1 phần', items: { 'BB-TAI': 2, 'TH-BO': 1 }, ask: false },
  { shop: 'comHen', text: 'bun hen nho 2, them bun 2', items: { 'BH-NHO': 2, 'THEM-BUN': 2 }, ask: false },
  { shop: 'comHen', text: '1 tô cơm hến lớn thêm hến', items: { 'CH-LON': 1, 'THEM-HEN': 1 }, ask: false },
  // the extra whose alias is the very words said, among two that hold them ("Thêm thịt cua", "Thêm chả cua")
  { shop: 'crabNoodles', text: 'đặc biệt lớn 2 tô, thêm cua 1 phần', items: { 'BC-DB-LON': 2, 'TOP-CUA': 1 }, ask: false },
  // the word after the extra's words
  { shop: 'comTam', text: 'lay cơm ba món x2 với Trà đá sl 6 với sườn thêm sl 5 nhe', items: { 'CT-SBC': 2, 'TRA-DA': 6, 'SUON-THEM': 5 }, ask: false },
  { shop: 'banhMi', text: '1 bánh mì thịt nướng thêm thịt thêm pate', items: { 'BM-THITNUONG': 1, 'THEM-THIT': 1, 'THEM-PATE': 1 }, ask: false },
  // a count in the word an extra is sold by, the extra's whole alias ("Thêm shot espresso", sold by the shot)
  { shop: 'drinksStall', text: '1 cf sữa M thêm 1 shot', items: { 'CF-SUA-M': 1, 'TOP-SHOT': 1 }, ask: false },
  { shop: 'saltCoffee', text: '1 ly cf muối đá L thêm 1 shot', items: { 'CPM-DA-L': 1, 'TOP-SHOT': 1 }, ask: false },
  // negative: a count in the drink's own cup is more of it
  { shop: 'saltCoffee', text: '2 ly cf muối đá L, thêm 2 ly nữa', items: { 'CPM-DA-L': 4 }, ask: false },
  // negative: more of the dish, by its bowl; no extra holds "bún bò"
  { shop: 'bunBo', text: 'lấy 2 tô bún bò thường, thêm 1 tô bún bò thường nữa', items: { 'BB-THG': 3 }, ask: false },
  // negative: "thêm" with the dish's bowl and no extra's words is more of the dish
  { shop: 'pho', text: 'phở tái lớn 2 tô, thêm 1 tô nữa', items: { 'PT-LON': 3 }, ask: false },
];

describeCorpus('add-on products named by "thêm"', EXAMPLES);
