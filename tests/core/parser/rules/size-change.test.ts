/**
 * A correction that names only a bigger or smaller size changes the line just ordered to its sibling of that size,
 * the amount kept (core/parser/size-change.ts): "đĩa 20 lấy 10 cái, à đổi sang loại to nhé", "Lư hương 20 lấy 1. Đổi
 * sang loại to 35 nhé", "lấy giỏ đi chợ cỡ vừa 1 cái, à đổi sang loại to nhé" (M to L), "… loại to nhất" (the
 * largest). With more than one size that way and nothing to say which, it asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'ceramicsBatTrang', text: 'đĩa 20 lấy 10 cái, à đổi sang loại to nhé', items: { 'DIA-LAM-26': 10 }, ask: false },
  { shop: 'bronzeThanhThuy', text: 'Lư hương 20 lấy 1. Đổi sang loại to 35 nhé', items: { 'LU-35': 1 }, ask: false },
  { shop: 'sedgeKimSon', text: 'lấy giỏ đi chợ cỡ vừa 1 cái, à đổi sang loại to nhé', items: { 'GIO-L': 1 }, ask: false },
  { shop: 'sedgeKimSon', text: 'lấy giỏ đi chợ size S 1 cái, à đổi sang loại to nhất nhé', items: { 'GIO-L': 1 }, ask: false },
  // negatives: two bigger sizes, nothing says which; a correction that names the goods is read as before
  { shop: 'sedgeKimSon', text: 'lấy giỏ đi chợ size S 1 cái, à đổi sang loại to nhé', items: {}, ask: true },
  { shop: 'ceramicsBatTrang', text: 'đĩa 20 lấy 10 cái, à không, đĩa 26 nhé', items: { 'DIA-LAM-26': 10 }, ask: false },
  // names with more than one measure: compared by those both give (a length and a width; a letter and a diameter)
  { shop: 'chieuDinhYen', text: 'lấy 1 chiếc chiếu bông đỏ 1m6, mà đổi sang loại to nha', items: { 'CB-DO-1M8': 1 }, ask: false },
  { shop: 'rattanPhuVinh5', text: 'đặt 2 giỏ tròn M... à thôi đổi sang loại to nhé', items: { 'GIO-L': 2 }, ask: false },
  { shop: 'brocadeMyNghiep', text: '2 túi xách nhỏ, đổi sang loại to hết nhé', items: { 'TX-LON': 2 }, ask: false },
  // "to hơn 1 size": the nearest that way
  { shop: 'uniformsNamDinh', text: '20 áo polo size L, à đổi sang loại to hơn 1 size', items: { 'POLO-XT-XL': 20 }, ask: false },
  // (the smallest has nothing smaller: the line stands)
  { shop: 'rattanPhuVinh5', text: 'đặt 2 giỏ tròn S... à thôi đổi sang loại nhỏ nhé', items: { 'GIO-S': 2 }, ask: false },
];

describeCorpus('size-change', EXAMPLES);
