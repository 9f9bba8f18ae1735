/** Corrections: 'à đổi sang …', 'à nhầm size L' change the line before to the sibling that differs by what is named; a product named again in a clause ending on 'thôi' takes the new quantity. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'silver', text: 'cho e 1 đôi bông tai đá xanh, à đổi sang màu trắng nhé', items: { 'BONG-TRANG': 1 }, ask: false },
  { shop: 'silk', text: 'lấy 1 áo dài size M, à nhầm size L ạ', items: { 'AD-L': 1 }, ask: false },
  { shop: 'silk', text: 'lấy 2 khăn đỏ và 1 túi lụa, à khăn đỏ lấy 1 thôi', items: { 'KL-DO': 1, 'TUI-LUA': 1 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 hộp trà gừng và 1 hộp trà tâm sen, à trà gừng lấy 3 thôi', items: { 'TRA-GUNG': 3, 'TRA-SEN': 1 }, ask: false },
  { shop: 'herbs', text: 'kỷ tử loại B 5 lạng, thôi đổi sang loại A đi shop', items: { 'KY-TU-A': 5 }, ask: false },
  // negative: 'đổi' opening a message changes an earlier order, not this one
  { shop: 'silk', text: 'đổi sang size L giúp em', items: {}, ask: false },
  // "mà thôi" takes back the line before; what follows replaces it, keeping its amount
  { shop: 'bedding', text: 'cho mình 2 chăn hè 1m6 xanh. Ờ mà thôi, lấy màu hồng đi', items: { 'CHAN-16-HONG': 2 }, ask: false },
  { shop: 'combs', text: 'cho mình 2 vòng đen M, mà thôi lấy size L đi', items: { 'VT-DEN-L': 2 }, ask: false },
];

describeCorpus('corrections', EXAMPLES);
