/**
 * A bare count of at least a pack's worth, before the piece's own noun, of goods sold only in packs ("Đĩa chấm …
 * (lốc 10 cái)", "Cúc … (gói 100 cái)", "Muỗng phở … (tá 12 cái)") counts pieces: whole packs, or ask when they make
 * none (core/parser/convert.ts packOfPieces). A pair or a handful, and fewer pieces than a pack, count packs.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'melamine', text: 'cho e 20 đĩa chấm', items: { 'DIA-CHAM-LOC10': 2 }, ask: false },
  { shop: 'melamine', text: 'lấy 24 muỗng phở đen', items: { 'MUONG-PHO-12': 2 }, ask: false },
  { shop: 'sewingNotions', text: 'e cần 500 cúc 11mm trắng', items: { 'CUC-11-TRANG': 5 }, ask: false },
  { shop: 'melamine', text: 'cho e 15 đĩa chấm', items: {}, ask: true },
  // negative: a set of two counted in sets; a container named counts containers
  { shop: 'eBikes', text: 'cho 2 kính chiếu hậu', items: { 'GUONG-BO': 2 }, ask: false },
  { shop: 'melamine', text: 'lấy 3 lốc đĩa chấm', items: { 'DIA-CHAM-LOC10': 3 }, ask: false },
];

describeCorpus('pieces-of-pack', EXAMPLES);
