/**
 * A count of tens or dozens in words right after a product phrase is its amount (core/parser/quantity-at.ts,
 * noun-phrase.ts): "chuông nhựa hai chục" is twenty bells, "vở ô ly nửa chục" five notebooks, also after an order
 * verb ("… lấy nửa chục") and where the number word is one of the catalog's ("Chùa Một Cột"). Other number words
 * with nothing after them stay too weak to be an amount, and a bare "chuc" is a wish.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bikes', text: 'chuông nhựa hai chục nhé', items: { 'CHUONG-NHUA': 20 }, ask: false },
  { shop: 'school', text: 'e lấy vở ô ly nửa chục', items: { 'VO-96-OLY': 5 }, ask: false },
  { shop: 'pillows', text: 'ruột bông 40x60 lấy một chục', items: { 'RUOT-BONG-4060': 10 }, ask: false },
  { shop: 'plumbing', text: 'công tắc đơn 2 cái, ổ 3 lỗ nửa chục', items: { 'CONG-TAC-1C': 2, 'O-CAM-3': 5 }, ask: false },
  { shop: 'souvenirs', text: 'móc khóa tháp rùa một chục nha shop', items: { 'MK-THAPRUA': 10 }, ask: false },
  // after a colon too
  { shop: 'rattanPhuVinh5', text: 'đặt quạt nan: hai chục', items: { 'QUAT-NAN': 20 }, ask: false },
  { shop: 'school', text: 'vở ô ly: hai chục', items: { 'VO-96-OLY': 20 }, ask: false },
  // Negative: no count of tens, nothing placed; a wish typed bare asks nothing.
  { shop: 'bikes', text: 'chuông nhựa một mình e dùng thôi', items: {}, ask: false },
  { shop: 'souvenirs', text: 'chuc shop ban dat nha', items: {}, ask: false },
];

describeCorpus('tens-after-phrase', EXAMPLES);
