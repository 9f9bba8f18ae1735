/**
 * After a phrase whose products are packs that count a word ("Miếng dán chân bàn ghế (túi 16 miếng)", "Bộ tranh hoa
 * sen 3 tấm"), that word after a number counts pieces, though it also heads the name (core/parser/quantity-at.ts,
 * core/parser/convert.ts): 32 pieces are 2 bags; a count no pack holds asks. So does a number right before the word
 * a pack counts, read as the phrase's head ("400 con vít gỗ" of boxes of 200, "1 chục túi trữ sữa" of boxes of 30);
 * one of a word that heads the product is the product ("1 hũ gia vị" of "Hũ gia vị (bộ 3 hũ)").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'furniture', text: 'nỉ dán chân ghế 32 miếng', items: { 'NUM-CHAN-16': 2 }, ask: false },
  { shop: 'lacquerPaintings', text: 'cho em 1 bộ tranh hoa sen 4 tấm', items: {}, ask: true },
  { shop: 'hardware', text: '400 con vít gỗ 3 phân', items: { 'VIT-GO-3-H': 2 }, ask: false },
  { shop: 'formula', text: 'lấy 1 chục túi trữ sữa', items: {}, ask: true },
  { shop: 'formula', text: 'cho e 48 hộp grow plus 180ml (1 thùng)', items: { 'THUNG-GROW-180': 1 }, ask: false },
  { shop: 'minhLong', text: 'lấy 1 hũ gia vị', items: { 'HU-GV-B3': 1 }, ask: false },
  // positive: the set as named
  { shop: 'lacquerPaintings', text: 'cho em 1 bộ tranh hoa sen 3 tấm', items: { 'TRANH-SEN-3T': 1 }, ask: false },
  { shop: 'furniture', text: 'lấy 2 túi nỉ dán chân ghế', items: { 'NUM-CHAN-16': 2 }, ask: false },
];

describeCorpus('pieces-of-packs', EXAMPLES);
