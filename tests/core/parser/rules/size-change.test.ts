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
];

describeCorpus('size-change', EXAMPLES);
