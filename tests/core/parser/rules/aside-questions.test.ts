/**
 * A question covers the verbless lines before it in its sentence when it asks about them ("2 ví ngắn đen, còn không
 * shop?"), not when it is a yes-or-no question about something beside the order that names no product and no stock
 * (core/parser/clauses.ts): "…, dc freeship ko ạ", "…, giao 20/11 kịp ko". Confirming what a pack holds or its
 * size ("…, mỗi lọ 100 viên đúng không shop") is such a question too: its unit words name no product (inquiries.ts).
 * So is "có" before anything but the stock or a variant ("…, có giao Vũng Tàu không", "…, cho e hỏi có ship hỏa tốc
 * ko", "…, lấy sỉ có bớt ko"), asking what comes with the order, even naming again the goods ordered ("nến 3 hộp, mà
 * cho e hỏi nến có mùi ko"); "có không", "có sẵn không", "có loại 5 lít không" still ask after the stock.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bambooMats', text: 'chiếu tre mộc 1m8 2 chiếc, dc freeship ko ạ', items: { 'CT-TRE-TAM-1M8': 2 }, ask: false },
  { shop: 'bambooMats', text: 'bộ chiếu gối 1m8 x2, đc giao chiều ko', items: { 'BO-CT-GOI-1M8': 2 }, ask: false },
  { shop: 'belts', text: '1 set quà nam, giao 20/11 kịp ko', items: { 'SET-QUA-NAM': 1 }, ask: false },
  { shop: 'belts', text: '2 ví ngắn đen, ship trong ngày được không shop', items: { 'VI-NGAN-DEN': 2 }, ask: false },
  { shop: 'gameCock', text: 'sâm gà 2 lọ, mỗi lọ 100 viên đúng không shop', items: { 'SAM-100': 2 }, ask: false },
  { shop: 'tomChua', text: 'Nem chua Huế 2 túi nhé, túi 50 cái đúng không shop', items: { 'NEM-50': 2 }, ask: false },
  { shop: 'patchwork', text: 'scrunchie 3 bịch nha, mỗi bịch 10 cái đúng ko shop', items: { DBT: 3 }, ask: false },
  { shop: 'lanternsXuanLa', text: 'nến 3 hộp, mà cho e hỏi nến có mùi ko', items: { 'NEN-HOP20': 3 }, ask: false },
  { shop: 'khotLongHai', text: 'bột khọt pha sẵn 2 lít, có giao Vũng Tàu không chị', items: { 'BOT-BK-L': 2 }, ask: false },
  { shop: 'dongHo3', text: 'đám cưới chuột khung gỗ 1, cho e hỏi có ship hỏa tốc ko', items: { 'DCC-KG': 1 }, ask: false },
  { shop: 'cleaning', text: 'chổi chít 20 cái, lấy sỉ có bớt ko shop', items: { 'CHOI-CHIT': 20 }, ask: false },
  // negative: "có" asking after the stock or another size
  { shop: 'khotLongHai', text: 'bột khọt pha sẵn 2 lít, có không chị', items: {}, ask: false },
  { shop: 'khotLongHai', text: 'bột khọt pha sẵn 2 lít, có loại 5 lít không chị', items: {}, ask: false },
  { shop: 'lanternsXuanLa', text: 'nến 3 hộp, nến có sẵn không shop', items: {}, ask: false },
  // negative: the confirmation alone orders nothing
  { shop: 'tomChua', text: 'Nem chua Huế túi 50 cái đúng không shop', items: {}, ask: false },
  // negative: a question about the goods themselves (stock, which one) orders nothing yet
  { shop: 'belts', text: '2 ví ngắn đen, còn không shop', items: {}, ask: false },
  { shop: 'bambooMats', text: 'chiếu tre mộc 1m8 2 chiếc, có sẵn không ạ', items: {}, ask: false },
];

describeCorpus('aside-questions', EXAMPLES);
