/** Superlatives (core/parser/superlative.ts): "loại dài nhất", "ngắn nhất", "cao nhất" pick, among siblings that differ by one measure, the one with the largest or smallest value. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kites', text: 'e muốn diều rồng loại dài nhất, 1 cái', items: { 'RONG-5M': 1 }, ask: false },
  { shop: 'tackle', text: 'cho 2 cần carbon loại ngắn nhất', items: { 'CAN-CB-2M7': 2 }, ask: false },
  { shop: 'chamPottery', text: 'mình cần 1 bình gốm cao nhất và 1 bình gốm thấp nhất', items: { 'BG-60': 1, 'BG-30': 1 }, ask: false },
  // negative: without a superlative the siblings still ask
  { shop: 'tackle', text: 'cho 2 cần carbon', items: {}, ask: true },
];

describeCorpus('superlative', EXAMPLES);
