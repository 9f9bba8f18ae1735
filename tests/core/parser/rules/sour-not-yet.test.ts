/**
 * "chua" (sour) is a word of many names ("thịt chua", "tôm chua", "sữa chua") and, typed bare, also "chưa" (not yet),
 * a negation when it says what the goods lack ("bánh tráng mè đen chưa nướng"). Amid marks it is taken as written; typed
 * bare, as the names use it: a negation only where no goods named so far carry it with the next word in their names.
 * The catalog reads its own names the same way: "Thịt chua Thanh Sơn cay" lacks nothing (core/parser/catalog-index.ts,
 * core/parser/noun-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sourPork', text: 'Sáu ống thịt chua cay, ba gói thịt chua bì', items: { 'TC-CAY-10': 6, 'TC-BI-200': 3 }, ask: false },
  { shop: 'sourPork', text: 'e lay 1 ong thit chua cay 10 cai', items: { 'TC-CAY-10': 1 }, ask: false },
  { shop: 'sourShrimp', text: 'tom chua cay 500g x2, mam ruoc 250g x1', items: { 'TC-C-500': 2, 'MR-250': 1 }, ask: false },
  // negatives: what the goods lack, said as the names say it
  { shop: 'sourShrimp', text: 'Tôm chua 500g cay 2, tôm chua 500g không cay 1', items: { 'TC-C-500': 2, 'TC-K-500': 1 }, ask: false },
  { shop: 'riceWrappersTrangBang', text: 'banh trang me den chua nuong 5 xap', items: { 'BTME-S': 5 }, ask: false },
];

describeCorpus('sour-not-yet', EXAMPLES);
