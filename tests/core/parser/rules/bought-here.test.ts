/**
 * "bên mình", "bên em", "bên shop" after goods says where they were bought (this shop), not which goods: the phrase
 * ends before "bên" and its word tells no sibling apart ("Tết năm ngoái mua giỏ quà tết bên mình rồi, năm nay lấy 3
 * giỏ"). A name that holds "bên" still reads it as its own word ("Thêu tên/chữ bên hông mũ")
 * (core/parser/lexicon.ts PHRASE_ENDERS).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pomeloBinhMinh', text: 'Tết năm ngoái mua giỏ quà tết bên mình rồi, năm nay lấy 3 giỏ nha', items: { 'GIO-TET': 3 }, ask: false },
  { shop: 'pomeloBinhMinh', text: 'lấy 3 giỏ quà tết bên mình nha', items: { 'GIO-TET': 3 }, ask: false },
  { shop: 'cuDoThachTrung', text: 'Tết năm ngoái chị mua giỏ quà bên em rồi, năm nay lấy 5 giỏ nhé', items: { 'GIO-QUA': 5 }, ask: false },
  { shop: 'fishSauceChauDoc', text: 'Năm ngoái e mua mắm lóc bên chị ăn ngon lắm, năm nay lấy 2 ký nha', items: { MLOC: 2 }, ask: false },
  // negatives: "bên" as a word of the names
  { shop: 'capsShop', text: 'thêu chữ bên hông mũ 2 cái', items: { 'THEU-TEN': 2 }, ask: false },
  { shop: 'carParts', text: 'lấy 1 rèm che nắng cửa bên', items: { 'REM-CUA-HIT': 1 }, ask: false },
];

describeCorpus('bought-here', EXAMPLES);
