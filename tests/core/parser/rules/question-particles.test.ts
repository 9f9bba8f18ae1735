/**
 * A clause closed by "hả" (or "hở"), written with its diacritics and followed only by particles or a form of
 * address, asks whether something is so and orders nothing (core/parser/inquiries.ts closedByQuestionParticle); an
 * order in the next clause still orders, and "hở" inside a name ("găng hở ngón") closes nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'importedSauces', text: 'tiêu đen 500g là túi zip hả shop', items: {}, ask: false },
  { shop: 'babyGoods', text: 'bỉm size M có loại 40 với 60 hả chị', items: {}, ask: false },
  { shop: 'tyres', text: 'xe e lead, lốp trước 80/90-14 lốp sau 90/90-14 hả a', items: {}, ask: false },
  { shop: 'kitchenware', text: 'chảo 26 hay 28 thì hợp nhà 4 người hả shop', items: {}, ask: false },
  // negative: the order after the question still orders
  { shop: 'importedSauces', text: 'tiêu đen hũ 100g giá 65k hả shop? thôi lấy 2 hũ', items: { 'TIEU-DEN-100': 2 }, ask: false },
  { shop: 'babyGoods', text: 'khăn ướt gói 80 tờ còn hàng hả, lấy 3 gói', items: { 'KU-80': 3 }, ask: false },
  // negative: "hả" typed bare is no such particle, and "hở" that does not close the clause asks nothing
  { shop: 'importedSauces', text: 'lấy 2 chai xì dầu kikkoman 1l ha', items: { 'XD-KIK-1L': 2 }, ask: false },
];

describeCorpus('question-particles', EXAMPLES);
