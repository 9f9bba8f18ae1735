/**
 * Per head, read more widely (core/parser/per-head.ts): people counted by one noun and named each by another ("đoàn 12
 * khách, mỗi người 1 nón", "mỗi bạn 1 thỏi, nhóm e 8 đứa"); a buying verb after "mỗi bạn" ("mỗi bạn thuê 1 bộ"); and an
 * amount joined to one said per head is per head too ("mỗi người 1 túi tròn với 1 mũ", "mỗi đèn kèm 1 bộ dây điện với
 * 1 bóng"), and "mỗi cái" glued to another amount after a count of "cái" ("2 cái, mỗi cái kèm 1 lọ hoa"). Not an amount added after it ("thêm 2 quạt cọ"), nor a group that no "mỗi" divides.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'conicalHatsChuong', text: 'Mình là hướng dẫn viên, đoàn 12 khách muốn mỗi người 1 nón trơn 40cm', items: { 'NLT-40': 12 }, ask: false },
  { shop: 'mintHoney', text: 'son dưỡng sáp ong mỗi bạn 1 thỏi, nhóm e 8 đứa', items: { 'SON-SAP': 8 }, ask: false },
  { shop: 'sedgeKimSon', text: 'đoàn khách Hàn 20 người, mỗi người 1 túi tròn với 1 mũ', items: { 'TUI-TRON-20': 20, 'MU-COI': 20 }, ask: false },
  { shop: 'lanternsHoiAn4', text: 'lấy 10 đèn tròn 40cm đỏ, mỗi đèn kèm 1 bộ dây điện với 1 bóng', items: { 'DL-T40-DO': 10, 'DAY-DIEN': 10, 'BONG-LED': 10 }, ask: false },
  { shop: 'ceramicsBatTrang', text: 'lấy bát hương 16cm 2 cái, mỗi cái kèm 1 lọ hoa 30', items: { 'BH-16': 2, 'LO-TOI-30': 2 }, ask: false },
  // negatives ("mỗi cái" alone is each kind)
  { shop: 'ceramicsBatTrang', text: 'lọ hoa 30 và lọ hoa 45 mỗi cái 1', items: { 'LO-TOI-30': 1, 'LO-TOI-45': 1 }, ask: false },
  { shop: 'conicalHatsChuong', text: 'đoàn 12 khách, mỗi người 1 nón trơn 40cm, thêm 2 quạt cọ', items: { 'NLT-40': 12, 'QUAT-CO': 2 }, ask: false },
  { shop: 'conicalHatsChuong', text: 'đoàn 12 khách, lấy 1 nón trơn 40cm', items: { 'NLT-40': 1 }, ask: false },
];

describeCorpus('per-head-people', EXAMPLES);
