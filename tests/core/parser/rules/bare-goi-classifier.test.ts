/**
 * "goi" typed bare is "gói" (a packet) or "gọi" (to order). Before the goods it counts, it is the packet: "và 2 goi
 * robusta" after an item of grade 1 or number 9 is two packets of coffee, no second grade or number of the item
 * before (core/parser/elided-head.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'coffeeEaTu', text: 'cho minh 1 phin inox so 9 va 2 goi robusta hat 500g', items: { 'PHIN-INOX-9': 1, 'CF-RB-H500': 2 }, ask: false },
  { shop: 'driedFishTamTien', text: '1 ky ca chi vang loai 1 va 2 goi chi vang nuong', items: { 'CCV-L1': 1, 'CCV-NUONG': 2 }, ask: false },
  { shop: 'orchids', text: 'lay 3 goi npk 20 20 20 va 3 goi npk 10 30 20', items: { 'PB-202020': 3, 'PB-103020': 3 }, ask: false },
  // negative: with no goods after it, the word is the verb and the grade before it names the sibling
  { shop: 'driedFishTamTien', text: 'ca chi vang loai 1 1 ky, loai 2 goi 2 ky', items: { 'CCV-L1': 1, 'CCV-L2': 2 }, ask: false },
];

describeCorpus('bare goi before goods', EXAMPLES);
