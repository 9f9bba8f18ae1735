/**
 * A province or a city right after a verb of sending ("giao Nam Định", "ship Sài Gòn", "gửi ra Hà Nội") is where the
 * goods go: an address that ends with the name, so that "Định" is no censer ("đỉnh") and the question after it
 * ("… ship về Quảng Ninh hết bao nhiêu") is still read. Shares sent to two places keep their verbs.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // the place after the verb, with no direction, with and without diacritics
  { shop: 'bronzeNamTruc', text: 'bat huong phi 18 x2, giao Nam Dinh nhe', items: { 'BH-18': 2 }, ask: false },
  { shop: 'bronzeNamTruc', text: '1 đôi chân nến 40, ship Bình Định', items: { 'CN-40': 1 }, ask: false },
  { shop: 'bronzeNamTruc', text: 'đặt 1 bát hương phi 16, ship Vinh', items: { 'BH-16': 1 }, ask: false },
  { shop: 'pomeloBinhMinh', text: '3 hộp quà 2 trái năm roi giao Long An', items: { 'HQ-NR-2': 3 }, ask: false },
  // with a direction: the question after the name is read
  { shop: 'altars', text: 'Kệ thờ gỗ sồi 61 ship về Hải Dương hết bao nhiêu vậy shop', items: {}, ask: false },
  { shop: 'pomeloBinhMinh', text: 'cam sành gửi ra Hà Nội có bị dập không shop', items: {}, ask: false },
  // shares to two places keep their verbs and order no more
  { shop: 'bronzeNamTruc', text: 'lấy 2 đôi hạc 60, 1 đôi gửi Thái Bình 1 đôi gửi Hà Nam', items: { 'HAC-60': 2 }, ask: false },
  // negatives: the address goes on after the name; the verb's word in a name ("mai giảo" typed bare)
  { shop: 'altars', text: 'lấy 1 kệ thờ gụ 81, gửi Hà Nội, 12 Trần Phú', items: { 'KT-GU-81': 1 }, ask: false },
  { shop: 'tetTrees', text: 'lay 2 chau mai giao Thu Duc nhe', items: { 'MAI-GIAO': 2 }, ask: false },
];

describeCorpus('provinces', EXAMPLES);
