/**
 * An amount no shop can hand over asks how many: a range of counts close together ("2-3 cái mũ cói", "tam 5-6 cai thau
 * 40", "tầm 3 4 cái khay đen", "tầm 8 đến 10 cái cốc", tens too: "2-3 chục cái") and a vague word before tens or a number word ("vài chục cái", "dăm bảy cái"). Not a
 * range that names a kind ("loại 2-3 cân", "15-20 con/kg", "mực 3-4 con 1kg"), nor "may bay" typed bare (máy bay)
 * (core/parser/ranges.ts, core/parser/numbers.ts, core/parser/number-words.ts). "1 ít" closing the clause is a
 * little ("nón trơn 40 lấy 1 ít"), not "1 ít đường", a kind with less sugar.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sedgeKimSon', text: 'lấy 2-3 cái mũ cói', items: {}, ask: true },
  { shop: 'plasticHousewares', text: 'tam 5-6 cai thau 40', items: {}, ask: true },
  { shop: 'lacquerHaThai', text: 'lấy e tầm 3 4 cái khay đen nhé', items: {}, ask: true },
  { shop: 'rattanPhuVinh', text: 'e lấy tầm dăm bảy cái đèn cầu 30', items: {}, ask: true },
  { shop: 'conicalHatsChuong', text: 'nón trơn 40 lấy 1 ít', items: {}, ask: true },
  { shop: 'potteryPhuLang2', text: 'chắc tầm 8 đến 10 cái cốc 450', items: {}, ask: true },
  { shop: 'incenseThanhLuong', text: 'khoảng 10 tới 15 bó nhang quế', items: {}, ask: true },
  { shop: 'fansChangSon', text: 'quạt giấy đỏ lấy 2-3 chục cái', items: {}, ask: true },
  { shop: 'incenseQuangPhuCau3', text: 'nhang trầm 30 lấy kha khá, tầm 1-2 chục bó', items: {}, ask: true },
  // negatives: a range that names a kind, and counts said plainly
  { shop: 'fansChangSon', text: 'quạt giấy đỏ lấy 2 chục cái', items: { 'QG21-DO': 20 }, ask: false },
  { shop: 'riverFish', text: 'Tôi lấy 1 con cá chép giòn loại 2-3 cân, để nguyên con hấp', items: { 'CCG-C23': 1 }, ask: false },
  { shop: 'sedgeKimSon', text: 'lấy 3 cái mũ cói', items: { 'MU-COI': 3 }, ask: false },
  { shop: 'rattanPhuVinh', text: 'e lấy 7 cái đèn cầu 30', items: { 'DEN-CAU-30': 7 }, ask: false },
  { shop: 'juicesCaiBe', text: 'sinh tố bơ 2 chai, 1 ít đường 1 không đường nhé', items: { 'ST-BO-IT': 1, 'ST-BO-KD': 1 }, ask: false },
  { shop: 'lanternsPhuBinh', text: 'cho e cai may bay', items: { 'LD-MAYBAY': 1 }, ask: false },
  // ("đến" before no count, or a count that is no larger, joins no range)
  { shop: 'potteryPhuLang2', text: 'lấy 10 cái cốc 450, đến chiều e qua lấy', items: { 'COC-450': 10 }, ask: false },
];

describeCorpus('vague-amounts', EXAMPLES);
