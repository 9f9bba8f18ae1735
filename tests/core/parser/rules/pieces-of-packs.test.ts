/**
 * After a phrase whose products are packs that count a word ("Miếng dán chân bàn ghế (túi 16 miếng)", "Bộ tranh hoa
 * sen 3 tấm"), that word after a number counts pieces, though it also heads the name (core/parser/quantity-at.ts,
 * core/parser/convert.ts): 32 pieces are 2 bags; a count no pack holds asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'furniture', text: 'nỉ dán chân ghế 32 miếng', items: { 'NUM-CHAN-16': 2 }, ask: false },
  { shop: 'lacquerPaintings', text: 'cho em 1 bộ tranh hoa sen 4 tấm', items: {}, ask: true },
  // positive: the set as named
  { shop: 'lacquerPaintings', text: 'cho em 1 bộ tranh hoa sen 3 tấm', items: { 'TRANH-SEN-3T': 1 }, ask: false },
  { shop: 'furniture', text: 'lấy 2 túi nỉ dán chân ghế', items: { 'NUM-CHAN-16': 2 }, ask: false },
];

describeCorpus('pieces-of-packs', EXAMPLES);
