/**
 * Reader elided-head, a colour in a list (core/parser/elided-head.ts, bareValue): "thùng rác đạp chân xanh 1, đỏ 1" —
 * a colour the catalog uses, with only its amount after it, replaces the colour of the item before. Not when more
 * follows that tells the item apart ("cà vạt navy 5p 2 cái, navy 8p 2 cái"; "ngói nhựa đỏ 2m và đỏ 3m"). A number after the
 * colour is the item's size only where goods come in it and no count's classifier follows ("đỏ 2 cái" counts two).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'plasticMinhKhai', text: 'Thung rac dap chan xanh 1, do 1', items: { 'TR10-XANH': 1, 'TR10-DO': 1 }, ask: false },
  { shop: 'earTags', text: 'thẻ tai heo đỏ 2 túi, xanh 1 túi, vàng 1 túi', items: { 'TAI-DO-100': 2, 'TAI-XANH-100': 1, 'TAI-VANG-100': 1 }, ask: false },
  { shop: 'faceTowels', text: 'khăn 34x80 trắng 3, xám 3, hồng 3, nâu 3', items: { 'KM-3480-TRANG': 3, 'KM-3480-XAM': 3, 'KM-3480-HONG': 3, 'KM-3480-NAU': 3 }, ask: false },
  { shop: 'knitting', text: 'cho minh 5 cuon len acrylic do voi 5 cuon vang', items: { 'LEN-AC-DO': 5, 'LEN-AC-VANG': 5 }, ask: false },
  // a number with its count's classifier after the colour counts, though the goods come in a size of that number
  { shop: 'knitNhatTuu', text: 'khăn len xám 1m8 2 cái, đỏ 1 cái', items: { 'KLEN-XAM': 2, 'KLEN-DO': 1 }, ask: false },
  { shop: 'dragonfliesThachXa2', text: 'chuon chuon 18cm do 20 con, vang 10 con', items: { 'CC-18-DO': 20, 'CC-18-VANG': 10 }, ask: false },
  // negative: more follows the colour than its amount
  { shop: 'tiesMen', text: 'cà vạt navy 5p 2 cái, navy 8p 2 cái', items: { 'CV5-XANH': 2, 'CV8-XANH': 2 }, ask: false },
  { shop: 'roofing', text: 'ngói nhựa đỏ 2m và đỏ 3m mỗi loại 10 tấm', items: { 'NN-2M-DO': 10, 'NN-3M-DO': 10 }, ask: false },
];

describeCorpus('colour list', EXAMPLES);
