/**
 * "quất một mét tám", "đào phai mot met hai", "cao 1 mét 2 ạ", "hoành phi mít mét hai": a length said with its tenths
 * after the unit (core/parser/numbers.ts, compoundTail), the one metre left unsaid ("mét hai" = 1.2 m), is the size
 * the names write "1m8", "1m2" (core/parser/phrase-numbers.ts for digits). A spelled digit counts when it closes the
 * phrase, before a particle, an order verb or the count; "2 mét ba cái" stays three pieces, "10 cân tám thơm" rice.
 * Of goods sold by the metre, "mành tre 2 mét 3" is 2.3 metres even where the name carries "cao 2m"
 * (core/parser/phrase-numbers.ts): the tenths after the unit make it an amount, not that size and a count.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'tetTrees', text: 'Cho chị hai chậu quất một mét tám nhé', items: { 'QUAT-18': 2 }, ask: false },
  { shop: 'tetTrees', text: 'ba chau dao phai mot met hai', items: { 'DAO-PHAI-12': 3 }, ask: false },
  { shop: 'tetTrees', text: 'Cho em xin 1 chậu đào bích cao 1 mét 2 ạ', items: { 'DAO-BICH-12': 1 }, ask: false },
  { shop: 'lacquerBoards', text: 'cuon thu go mit met hai lay 1', items: { 'CT-MIT-120': 1 }, ask: false },
  { shop: 'lacquerBoards', text: 'hoành phi mít mét rưỡi 1 bức, cuốn thư mít mét hai 1 bức', items: { 'HP-MIT-150': 1, 'CT-MIT-120': 1 }, ask: false },
  { shop: 'farmTools', text: 'cán một mét hai, 6 cái', items: { 'CAN-1M2': 6 }, ask: false },
  // a length of goods sold by the metre is still the amount to cut
  { shop: 'tetTrees', text: 'lay 2 met ruoi vai nhung do', items: { 'NHUNG-DO': 2.5 }, ask: false },
  { shop: 'fabricByMetre', text: 'lụa tơ tằm màu kem khổ 90cm lấy 2 mét ba nhé', items: { 'LUA-TT-KEM': 2.3 }, ask: false },
  // ... even when the name carries a length of its own ("Mành tre … cao 2m (bán theo mét)", "Giấy bóng kính khổ 1m")
  { shop: 'rattanBaoLa', text: 'mành tre 2 mét 3', items: { 'MANH-TRE': 2.3 }, ask: false },
  { shop: 'lanternsXuanLa', text: 'giay bong kinh 1 met 2', items: { 'GBK-M': 1.2 }, ask: false },
  { shop: 'hangMaLanterns', text: 'giấy bóng kính 1 mét 5', items: { 'GIAY-BK': 1.5 }, ask: false },
  // negative: a count after it leaves the length a size, and "tấm" of goods sold by the metre asks
  { shop: 'rattanBaoLa', text: 'mành tre 2 mét 3 tấm', items: {}, ask: true },
];

describeCorpus('spoken-tenths', EXAMPLES);
