/**
 * A change said alone, with nothing ordered before it in the message ("đổi jinro mận sang jinro dâu giúp e"), changes a
 * line of the cart (core/parser/change-lines.ts): the line it names is `replaced` and what it becomes is placed, with
 * the new amount said after "thành", or the one kept ("vẫn 2 cái"). Asking whether goods may be exchanged ("… được
 * không"), or a change that names no goods ("à thôi đổi thành 3 chai", "đổi số điện thoại sang …"), places nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'soju', text: 'đổi jinro mận sang jinro dâu giúp e, vẫn 1 chai', items: { 'SJ-JINRO-DAU-360': 1 }, ask: false, replaced: ['SJ-JINRO-MAN-360'] },
  { shop: 'styrofoam', text: 'đổi thùng 30kg lẻ thành 10 cái nha', items: { 'TX-30KG-LE': 10 }, ask: false, replaced: ['TX-30KG-LE'] },
  { shop: 'pestControl', text: 'chị ơi e đổi 5 chai cam 300 thành 5 chai chanh 300 nhé', items: { 'XIT-300-CHANH': 5 }, ask: false, replaced: ['XIT-300-CAM'] },
  { shop: 'souvenirs', text: 'móc khóa tháp rùa đổi thành khuê văn các giúp e nha, vẫn 2 cái', items: { 'MK-KHUEVAN': 2 }, ask: false },
  { shop: 'textbooks', text: 'bộ sgk lớp 9 đổi sang lớp 8 giúp mình', items: { 'BO-SGK-L8': 1 }, ask: false, replaced: ['BO-SGK-L9'] },
  // the line's words may be long; a bare number a product of the line's kind carries is that size, not an amount
  { shop: 'pads', text: 'đổi cho e 1 gói kotex đêm 29 sang 1 gói kotex đêm 35 nhé', items: { 'KOT-DEM35-16': 1 }, ask: false, replaced: ['KOT-DEM29-8'] },
  { shop: 'liveGear', text: 'shop ơi đổi giúp e bộ đèn 33 chân 2m1 sang 26 chân 2m1 nha', items: { 'RL26-C210': 1 }, ask: false, replaced: ['RL33-C210'] },
  // what it becomes named whole, the line changed not told apart: the new line, and the glues sold by the bag the line may have been
  { shop: 'tiles', text: 'à thôi keo đổi sang weber 2 bao nhé', items: { 'KEO-WEBER-25': 2 }, ask: false, replaced: ['KEO-DRMIX-25', 'RON-XAM-5'] },
  // negative: asking to exchange, no goods named, a phone number changed
  { shop: 'soju', text: 'e muốn đổi jinro mận sang jinro dâu được không', items: {}, ask: false },
  { shop: 'soju', text: 'à thôi đổi thành 3 chai nhé', items: {}, ask: false },
  { shop: 'styrofoam', text: 'đổi số điện thoại sang 0398 456 012 giúp e', items: {}, ask: false },
];

describeCorpus('change-alone', EXAMPLES);
