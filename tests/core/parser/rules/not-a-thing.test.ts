/**
 * After a placed line, an amount beside words that name no kind of thing ("5 cái mới đủ", "ship Hà Nội") is read as
 * if alone: a correction, a place, not an unknown product to ask about. An unknown noun after an amount still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sauce', text: 'lấy 3 hũ tiêu đen, à không, 5 hũ mới đủ', items: { 'TIEU-DEN': 5 }, ask: false },
  { shop: 'sweets', text: '3 chai rượu nếp 40 độ, ship Hà Nội', items: { 'RUOU-40': 3 }, ask: false },
  { shop: 'herbs', text: '2 hộp trà gừng, giao Quận 7 nhé', items: { 'TRA-GUNG': 2 }, ask: false },
  // negative: an unknown product after an amount asks
  { shop: 'sauce', text: 'lấy 3 hũ tiêu đen với 2 hũ sa tế', items: { 'TIEU-DEN': 3 }, ask: true },
];

describeCorpus('not-a-thing', EXAMPLES);
