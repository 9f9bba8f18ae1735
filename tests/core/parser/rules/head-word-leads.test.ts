/**
 * "thuê 3 chậu quất 1m8" beside "Thuê quất chậu 1m8 theo mùa Tết" and "Quất chậu cao 1m8", "khắc 40 chữ quốc ngữ" for
 * "Khắc chữ quốc ngữ … (theo chữ)", "cắt 2 chìa thường": a word that opens the names of some products, said alone
 * before a count, is the first word of the phrase after the count; with it the phrase names one of those products
 * (core/parser/lead-word.ts), wherever the scan drew the count's classifier ("thuê 4 bộ nữ size M"), and past the
 * unit the products are sold in ("thuê 3 ngày áo vàng size S", rented by the day). It goes on naming
 * the phrases after it in the sentence ("… với 1 chậu quất 1m8", "thuê 1 bộ S, 1 bộ M") until an order verb opens
 * another request ("… và mua luôn 1 quất bonsai"). Not a container or a set word, whose number is
 * how many it holds ("bộ 6 ghế tự nhiên 1 bộ"), nor a number of the names ("cút 45 độ phi 21").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tetTrees', text: 'thuê 3 chậu quất 1m8 chơi tết', items: { 'THUE-QUAT-18': 3 }, ask: false },
  { shop: 'tetTrees', text: 'thuê 1 chậu quất 1m5 với 1 chậu quất 1m8', items: { 'THUE-QUAT-15': 1, 'THUE-QUAT-18': 1 }, ask: false },
  { shop: 'tetTrees', text: 'Minh dat thue 2 quat 1m8 va mua luon 1 quat bonsai', items: { 'THUE-QUAT-18': 2, 'QUAT-BONSAI': 1 }, ask: false },
  { shop: 'gravestones', text: 'bia den 1 tam, khac 40 chu quoc ngu', items: { 'BIA-DEN-4060': 1, 'KHAC-QN': 40 }, ask: false },
  { shop: 'gravestones', text: 'Khắc 16 chữ Hán và 48 chữ quốc ngữ', items: { 'KHAC-HN': 16, 'KHAC-QN': 48 }, ask: false },
  { shop: 'padlocks', text: 'cắt 2 chìa thường, 1 chìa vi tính', items: { 'CHIA-CAT': 2, 'CHIA-CAT-VT': 1 }, ask: false },
  // the phrase the scan draws from the count's classifier, and the sentence's later clauses
  { shop: 'quanHo', text: 'cho e thuê 4 bộ nữ size M với 4 bộ nam', items: { 'THUE-NU-M': 4, 'THUE-NAM': 4 }, ask: false },
  { shop: 'quanHo', text: 'e thuê 1 bộ S, 1 bộ M', items: { 'THUE-NU-S': 1, 'THUE-NU-M': 1 }, ask: false },
  { shop: 'tetTrees', text: 'Tết năm ngoái nhà e thuê 1 cây đào ở đây, năm nay mua đứt 1 chậu đào bích 1m8 luôn', items: { 'DAO-BICH-18': 1 }, ask: false },
  // rentals sold by the day: the count's word is the unit they are sold in
  { shop: 'weddingRentals', text: 'thuê 3 ngày áo vàng size S, sdt 0822-456-123', items: { 'T-VANG-S': 3 }, ask: false },
  { shop: 'suits', text: 'thuê 2 ngày vest đen', items: { 'THUE-VEST-DEN': 2 }, ask: false },
  // negative: a set word's number is how many it holds; a number of the names is no count
  { shop: 'furniture', text: 'bộ 6 ghế tự nhiên 1 bộ', items: { 'GHE-AN-TN-BO6': 1 }, ask: false },
  { shop: 'plumbing', text: 'cút 45 độ phi 21 có ko, lấy 6 cái', items: {}, ask: true },
  { shop: 'building2', text: 'gạch 6 lỗ 2 nghìn', items: {}, ask: true },
];

describeCorpus('head-word-leads', EXAMPLES);
