/**
 * A bare count of at least a pack's worth, before the piece's own noun, of goods sold only in packs ("Đĩa chấm …
 * (lốc 10 cái)", "Cúc … (gói 100 cái)", "Muỗng phở … (tá 12 cái)") counts pieces: whole packs, or ask when they make
 * none (core/parser/convert.ts packOfPieces); a container word that opens the name is the piece ("30 thùng xốp 3kg").
 * A pair or a handful, fewer pieces than a pack, and a container the name only holds the goods in count packs.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'melamine', text: 'cho e 20 đĩa chấm', items: { 'DIA-CHAM-LOC10': 2 }, ask: false },
  { shop: 'melamine', text: 'lấy 24 muỗng phở đen', items: { 'MUONG-PHO-12': 2 }, ask: false },
  { shop: 'sewingNotions', text: 'e cần 500 cúc 11mm trắng', items: { 'CUC-11-TRANG': 5 }, ask: false },
  { shop: 'melamine', text: 'cho e 15 đĩa chấm', items: {}, ask: true },
  // a container word that opens the product's name is its piece ("Thùng xốp 3kg … (bó 10 cái)")
  { shop: 'styrofoam', text: 'lấy 30 thùng xốp 3kg', items: { 'TX-3KG': 3 }, ask: false },
  { shop: 'foodPackaging', text: 'mình cần 300 túi zip trong suốt 10x15', items: { 'ZIP-TRONG-1015': 6 }, ask: false },
  // negative: a set of two counted in sets; a container named counts containers
  { shop: 'eBikes', text: 'cho 2 kính chiếu hậu', items: { 'GUONG-BO': 2 }, ask: false },
  { shop: 'melamine', text: 'lấy 3 lốc đĩa chấm', items: { 'DIA-CHAM-LOC10': 3 }, ask: false },
  { shop: 'steamedBuns', text: 'giao cho mình 10 túi bánh bao mini ở 15 Tràng Thi', items: { 'BB-MINI-10': 10 }, ask: false },
];

describeCorpus('pieces-of-pack', EXAMPLES);
