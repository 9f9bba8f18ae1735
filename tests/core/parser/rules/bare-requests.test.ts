/**
 * A message that is a product and nothing else but a request particle ("set trung thu nhé shop") or a product code
 * typed alone ("BH-LAM-40") orders one of it, as does a message that is a product's whole name and nothing else ("nửa
 * vịt", "Khăn lụa tơ tằm màu đỏ"): sellers read it so, also where the name carries a count ("Lõi số 3 than nén CTO
 * 10 inch", "vali 28 inch"), and a message of such names and nothing else but "+", a phone or its label ("áo phao nữ
 * trắng m + áo phao nữ đen m", "áo gió nam đen L, sđt …"). A product asked about, or complained about, orders nothing; a
 * colour typed bare after a size goes on naming the product ("chan 2m2 hong" is pink, not "hỏng").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // "thêm" before a product with no amount adds one
  { shop: 'baskets', text: 'lấy 1 giỏ M đỏ, thêm giỏ M be nữa', items: { 'GDC-M-DO': 1, 'GDC-M-BE': 1 }, ask: false },
  { shop: 'silver', text: 'lấy 1 đôi bông tai đá xanh, thêm bông tai đá trắng nữa', items: { 'BONG-XANH': 1, 'BONG-TRANG': 1 }, ask: false },
  { shop: 'tea', text: 'set trung thu nhé shop', items: { 'SET-TRUNGTHU': 1 }, ask: false },
  { shop: 'pottery', text: 'BH-LAM-40', items: { 'BH-LAM-40': 1 }, ask: false },
  { shop: 'sweets', text: 'đèn lồng tròn đỏ 60cm nha', items: { 'DEN-60': 1 }, ask: false },
  // (before, "hong" read as "hỏng" and dropped the order; "chi" after "cho" is the customer, "chị")
  { shop: 'bedding', text: 'lay cho chi 1 chan 2m2 hong voi', items: { 'CHAN-20-HONG': 1 }, ask: false },
  // a message that is a product's whole name and nothing else orders one of it, as a seller reads it
  { shop: 'tea', text: 'set trung thu', items: { 'SET-TRUNGTHU': 1 }, ask: false },
  { shop: 'roastMeats', text: 'nửa vịt', items: { 'VIT-NUA': 1 }, ask: false },
  { shop: 'silk', text: 'Khăn lụa tơ tằm màu đỏ', items: { 'KL-DO': 1 }, ask: false },
  { shop: 'waterFilters', text: 'lõi số 3 than nén CTO 10 inch', items: { 'L3-CTO': 1 }, ask: false },
  { shop: 'suitcases', text: 'vali 28 inch', items: { 'PP28-DEN': 1 }, ask: false },
  { shop: 'jackets', text: 'áo phao nữ trắng m + áo phao nữ đen m', items: { 'PHAO-NU-TRANG-M': 1, 'PHAO-NU-DEN-M': 1 }, ask: false },
  { shop: 'jackets', text: 'áo gió nam đen L, sđt 0972.345.677', items: { 'GIO-NAM-DEN-L': 1 }, ask: false },
  { shop: 'baBa', text: 'áo lụa đen XL + quần lụa đen XL', items: { 'AO-LUA-DEN-XL': 1, 'QUAN-LUA-DEN-XL': 1 }, ask: false },
  // negative: other words said of it
  { shop: 'jackets', text: 'áo gió nam đen L, đẹp quá', items: {}, ask: false },
  // negative: a question about it, a count inside it, a complaint about one delivered
  { shop: 'tea', text: 'set trung thu còn không shop', items: {}, ask: false },
  { shop: 'silk', text: '3 khăn đỏ', items: { 'KL-DO': 3 }, ask: false },
  { shop: 'silk', text: 'khăn đỏ giao tới bị rách', items: {}, ask: false },
];

describeCorpus('bare-requests', EXAMPLES);
