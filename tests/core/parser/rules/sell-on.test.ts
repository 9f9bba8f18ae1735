/**
 * "bỏ mối", "bỏ sỉ": to sell the goods on to shops. After an amount it tells what the goods are for, and "bỏ" takes
 * nothing back (core/parser/clauses.ts): "lấy 3 ký muối tôm xá về bỏ mối", "10 hũ …, để bỏ mối tạp hóa" order.
 * "bỏ" before the goods still takes them back.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'riceTrangBang4', text: 'lấy 3 ký muối tôm xá về bỏ mối', items: { 'MT-XA-KG': 3 }, ask: false },
  { shop: 'durianDakSong', text: '10 hũ tiêu xay 100 gam, 10 hũ 250 gam, để bỏ mối tạp hóa', items: { 'TIEU-XAY-100': 10, 'TIEU-XAY-250': 10 }, ask: false },
  { shop: 'pickledLeeks', text: 'Cho e 10 túi kiệu 200g để bỏ mối tạp hóa', items: { 'DK-200': 10 }, ask: false },
  { shop: 'mutDauTraiMat', text: 'mua 1 yến khoai lang dẻo bỏ sỉ', items: { 'KHOAI-DEO-KG': 10 }, ask: false },
  { shop: 'pomeloBinhMinh', text: 'cho 1 tạ cam sành, mình lấy sỉ bỏ mối ở chợ Vĩnh Long', items: { 'CAM-SANH': 100 }, ask: false },
  // negative: "bỏ" before the goods takes them back
  { shop: 'durianDakSong', text: 'bỏ 10 hũ tiêu xay 100 gam nha', items: {}, ask: false },
];

describeCorpus('sell-on', EXAMPLES);
