/**
 * Right after a verb of ordering, "mấy" before a unit is "a few": "lấy mấy cái bát hương", "cho e mấy ký cam sành".
 * The goods are ordered and the amount asked, where "mấy" read as "how many?" had placed nothing and asked nothing.
 * "nên lấy mấy …?", "cần mấy …", "lấy mấy … thì đủ" and a request for advice still ask the shop a question. "gì đó"
 * ("3, 4 cái gì đó", "1 bình gì đó cho ô tô") leaves the amount or the goods open: no question to the shop, an ask;
 * so does "ít" before more goods ("… với ít quýt đường"), though not a note for the kitchen ("…, ít đá nha").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bronzeNamTruc', text: 'lấy mấy cái bát hương phi 18 nhé', items: {}, ask: true },
  { shop: 'bronzeNamTruc', text: 'cho e mấy đôi chân nến 40', items: {}, ask: true },
  { shop: 'pomeloBinhMinh', text: 'chị ơi cho em mấy ký cam sành', items: {}, ask: true },
  { shop: 'pomeloBinhMinh', text: 'gửi giúp mình mấy hộp quà 2 trái năm roi', items: {}, ask: true },
  // joined to goods ordered before it, and "mấy chục", "mấy trăm"
  { shop: 'bronzeNamTruc', text: 'cho e 2 đôi chân nến 40 và mấy cái bát hương phi 16', items: { 'CN-40': 2 }, ask: true },
  { shop: 'pomeloBinhMinh', text: 'lấy mấy chục ký cam sành nhé', items: {}, ask: true },
  // "gì đó", some such: the amount or the goods left open, the rest ordered
  { shop: 'bronzeNamTruc', text: 'bát hương phi 18 lấy 3, 4 cái gì đó', items: {}, ask: true },
  { shop: 'bronzeNamTruc', text: '1 đôi chân nến 40, với 1 cái gì đó để đựng hương', items: { 'CN-40': 1 }, ask: true },
  { shop: 'bronzeNamTruc', text: 'chân nến 40 lấy 2 đôi, 2 cái gì đó', items: { 'CN-40': 2 }, ask: true },
  // "ít" (a little) of more goods, after a joining word or opening the clause: those goods asked how much
  { shop: 'pomeloBinhMinh', text: 'lấy 5 ký cam sành với ít quýt đường', items: { 'CAM-SANH': 5 }, ask: true },
  { shop: 'pomeloBinhMinh', text: '3 hộp quà 2 trái năm roi, ít tắc tươi', items: { 'HQ-NR-2': 3 }, ask: true },
  { shop: 'bronzeNamTruc', text: '1 bát hương phi 16 và ít lư hương', items: { 'BH-16': 1 }, ask: true },
  // negatives: a note for the kitchen; how many it takes, asked; advice asked about some such thing
  { shop: 'drinksStall', text: '2 ly bạc xỉu, ít đá nha', items: { 'BAC-XIU': 2 }, ask: false },
  { shop: 'pomeloBinhMinh', text: 'e muốn mua 1 món gì đó làm quà tân gia, shop tư vấn giúp', items: {}, ask: false },
  { shop: 'pomeloBinhMinh', text: 'nhà 6 người thì nên lấy mấy ký cam sành ạ?', items: {}, ask: false },
  { shop: 'bronzeNamTruc', text: 'bàn thờ 1m27 cần mấy cái đỉnh', items: {}, ask: false },
  { shop: 'altars', text: 'lấy mấy cái kệ thờ thì đủ cho 2 phòng, anh tư vấn giúp em', items: {}, ask: false },
];

describeCorpus('vague-amount', EXAMPLES);
