/** Review rule same-product-twice (core/parser/rules/same-product-twice.ts): two items of a list described differently are never summed on one product. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a count, then "thêm" and a product, counts that product ("1 thêm pudding")
  { shop: 'drinks', text: '2 trà sữa L 1 thêm pudding 1 thêm thạch dừa', items: { 'TS-L': 2, 'TOP-PUDDING': 1, 'TOP-THACH': 1 }, ask: false },
  { shop: 'silver', text: '2 đôi bông tai đá đỏ, 1 thêm đũa bạc 5 đôi', items: { 'BONG-DO': 2, 'DUA-5': 1 }, ask: false },
  // "thêm 1 cây nữa" adds to the line, even where an add-on's name ends in "(thêm)"
  { shop: 'stationery', text: 'lấy 2 bút ký gỗ hương, thêm 1 cây nữa nhé', items: { 'BK-HUONG': 3 }, ask: false },
  { shop: 'drinks', text: 'lấy 2 cốc mía L có quất, thêm 1 cốc nữa nhé', items: { 'NM-L-Q': 3 }, ask: false },
  // positive: the second item is something else (an unsold sibling); it asks instead of doubling the first
  { shop: 'hats', text: '1 nón lá bài thơ với 1 nón lá hoa mai', items: { 'NL-BT': 1 }, ask: true },
  { shop: 'herbs', text: '1 hộp trà gừng và 1 hộp trà gừng chanh', items: { 'TRA-GUNG': 1 }, ask: true },
  { shop: 'herbs', text: '1 hộp quà an khang và 1 hộp quà phú quý', items: { 'HQ-AN-KHANG': 1 }, ask: true },
  // negative: the same product named again, shorter or longer, or shared out to people, or ordered again with "thêm"
  { shop: 'hats', text: '1 quai nón đỏ với 1 quai nón lụa đỏ', items: { 'QN-DO': 2 }, ask: false },
  { shop: 'herbs', text: '2 hộp trà gừng, 1 hộp trà gừng mật ong', items: { 'TRA-GUNG': 3 }, ask: false },
  { shop: 'herbs', text: '1 hộp trà gừng cho mẹ và 1 hộp trà gừng cho bố', items: { 'TRA-GUNG': 2 }, ask: false },
  { shop: 'silk', text: '2 khăn đỏ, thêm 1 khăn đỏ nữa', items: { 'KL-DO': 3 }, ask: false },
];

describeCorpus('same-product-twice', EXAMPLES);
