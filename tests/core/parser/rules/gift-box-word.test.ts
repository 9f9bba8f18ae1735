/**
 * Place, a set chosen only by its own words (core/parser/single-over-set.ts): "3 hộp sá sùng 100g" beside "Hộp quà Tết
 * sá sùng … + …", "1 hộp bánh lá dứa" beside "Hộp quà bánh ngọt 3 vị … lá dứa" — a gift box ("hộp quà", "hộp quà Tết")
 * is not meant by its box word alone when the words said name no other goods than it and the one boxed product. Where
 * they name more goods and only the box word chose among them ("2 hộp tôm" when one shrimp of many comes boxed), the
 * item still asks; "2 hộp quà" names the gift box's own words and asks among the gift boxes.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'squidCakesHaLong4', text: 'e lấy 3 hộp sá sùng 100g biếu sếp', items: { 'SA-SUNG-100': 3 }, ask: false },
  { shop: 'breadSticksAnDuong', text: 'Lấy e 1 hộp bánh lá dứa nha', items: { 'BN-LD-6': 1 }, ask: false },
  { shop: 'coffeeEaTu3', text: 'cf bơ 2 gói, cf chồn 1 hộp nhé', items: { 'RANG-BO-500': 2, 'CHON-250': 1 }, ask: false },
  // the gift box named by its own words is still chosen
  { shop: 'coffeeEaTu3', text: 'E lấy 1 hộp chồn. Mà thôi, đổi sang hộp quà chồn có mật ong nha', items: { 'HQ-CHON': 1 }, ask: false },
  // negative: the words name several shrimps; only the box word would choose
  { shop: 'driedShrimpRachGoc2', text: 'e lấy 2 hộp tôm', items: {}, ask: true },
  // negative: the gift box's words alone still ask among the gift boxes
  { shop: 'coffeeEaTu3', text: 'lấy 2 hộp quà nhé', items: {}, ask: true },
];

describeCorpus('gift box not meant by its box word', EXAMPLES);
