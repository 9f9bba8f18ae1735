/**
 * After "màu", a colour word typed bare is that colour (core/parser/attributes.ts, colourAfterMau): "quat ban mau hong
 * lay 1" is the pink table fan, not "hông lấy" (won't take) nor "hỏng" (broken). Said of goods received, "hỏng" with
 * its marks still complains.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'electricFans', text: 'quat ban mau hong lay 1', items: { 'QB-30-HONG': 1 }, ask: false },
  { shop: 'socks', text: 'tat co ngan mau hong lay 2 doi', items: { 'TAT-NU-HONG': 2 }, ask: false },
  // negative: a complaint about one delivered
  { shop: 'electricFans', text: 'quạt bàn màu hồng hỏng rồi shop ơi', items: {}, ask: false },
];

describeCorpus('colour-after-mau', EXAMPLES);
