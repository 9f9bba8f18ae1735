/**
 * In a message written with diacritics, a number word typed bare is the word it spells ("tuần sau" is next week,
 * not six; "trâm" typed "tram" beside accented words is a hairpin, not a hundred). Typed all bare, they still count.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sauce', text: 'chị ơi tuần sau em mới đặt nhé', items: {}, ask: false },
  // (no number read in "nay"; and buying another time, "tuần sau em lấy …", orders nothing now: clauses.ts)
  { shop: 'herbs', text: 'hôm nay chưa lấy, tuần sau em lấy trà gừng nhé', items: {}, ask: false },
  // typed all bare, a multiplier word that heads a product the next word names is that product ("trâm trơn")
  { shop: 'combs', text: 'lay 1 tram tron nhe', items: { 'TRAM-TRON': 1 }, ask: false },
  // likewise "kem" after "màu" in a message with diacritics is cream, not "kèm" (along with)
  { shop: 'sweets', text: 'Chào shop, cho em 3 mét đũi 1m2 màu kem ạ', items: { 'DUI-KEM': 3 }, ask: false },
  // negative: with diacritics, and all bare, the number words count
  { shop: 'sauce', text: 'lấy sáu hũ tiêu đen', items: { 'TIEU-DEN': 6 }, ask: false },
  { shop: 'sauce', text: 'lay sau hu tieu den', items: { 'TIEU-DEN': 6 }, ask: false },
  // "năm" before "mới / nay / sau" is the year, not five
  { shop: 'cakes', text: 'Chúc shop năm mới an khang thịnh vượng', items: {}, ask: false },
  { shop: 'mushrooms', text: 'Chúc shop năm mới phát tài', items: {}, ask: false },
];

describeCorpus('bare-number-words', EXAMPLES);
