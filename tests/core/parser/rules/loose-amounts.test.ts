/**
 * A weight written before goods the shop sells by that weight is how much of them ("10kg cam vinh loại 1" is ten
 * kilos of the loose oranges), not the size of a box that weighs it ("Thùng cam Vinh loại 1 10kg"). Not when a count
 * follows ("500g phở khô lấy 6 gói": the 500 g bag, six of it), nor before a word that names no kind of goods. Where a
 * product the phrase's words also name comes in exactly that weight ("5kg heo quay" beside "Heo sữa quay nguyên con
 * 5kg"), the bot asks which (loose-or-packed.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'citrus', text: 'lấy 10kg cam vinh loại 1 ship Hà Nội', items: { 'CAM-L1': 10 }, ask: false },
  { shop: 'lychees', text: 'c ơi e đặt 5kg nhãn lồng nha', items: { 'NL-KG': 5 }, ask: false },
  { shop: 'roastMeats', text: '5kg heo quay cho đám cưới', items: {}, ask: true },
  { shop: 'roastMeats', text: '3kg heo quay cho đám cưới', items: { 'HEO-QUAY': 3 }, ask: false },
  // negative: a count after it makes the weight the pack's size
  { shop: 'noodles', text: '500g phở khô lấy 6 gói nha', items: { 'PHO-500': 6 }, ask: false },
  { shop: 'citrus', text: 'thùng cam 10kg lấy 2 thùng', items: { 'THUNG-CAM-10': 2 }, ask: false },
];

describeCorpus('loose-amounts', EXAMPLES);
