/**
 * Superlatives (core/parser/superlative.ts): "loại dài nhất", "ngắn nhất", "cao nhất", "lớn nhất" pick, among siblings
 * that differ by one measure (a picture's two sides by their area), the one with the largest or smallest value;
 * "loại rẻ nhất" / "đắt nhất" the cheapest or dearest by the shop's price.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'kites', text: 'e muốn diều rồng loại dài nhất, 1 cái', items: { 'RONG-5M': 1 }, ask: false },
  { shop: 'tackle', text: 'cho 2 cần carbon loại ngắn nhất', items: { 'CAN-CB-2M7': 2 }, ask: false },
  { shop: 'chamPottery', text: 'mình cần 1 bình gốm cao nhất và 1 bình gốm thấp nhất', items: { 'BG-60': 1, 'BG-30': 1 }, ask: false },
  { shop: 'oilPaintings', text: 'tranh sen lớn nhất 1 bức', items: { 'TR-SEN-80120': 1 }, ask: false },
  { shop: 'coirMats', text: 'mua 1 thảm welcome to nhất nhé', items: { 'TX-60X90-WC': 1 }, ask: false },
  { shop: 'batteries', text: 'cho 1 bình 3Ah loại rẻ nhất', items: { 'AQ-DN-12V3': 1 }, ask: false },
  { shop: 'batteries', text: 'cho 1 bình 3Ah loại đắt nhất', items: { 'AQ-GS-12V3': 1 }, ask: false },
  { shop: 'weldingGear', text: 'e lấy 1 mặt nạ hàn loại rẻ nhất', items: { 'MN-CAM-TAY': 1 }, ask: false },
  // negative: without a superlative the siblings still ask
  { shop: 'tackle', text: 'cho 2 cần carbon', items: {}, ask: true },
  { shop: 'batteries', text: 'cho 1 bình 3Ah', items: {}, ask: true },
  // "vừa", "trung" (medium) among three siblings of one measure: the middle one; "vừa vừa" (about medium) asks
  { shop: 'bronzeNamTruc', text: '1 bát hương cỡ vừa', items: { 'BH-18': 1 }, ask: false },
  { shop: 'bronzeNamTruc', text: 'e lấy 1 đỉnh đồng vàng mộc loại vừa', items: { 'DINH-40': 1 }, ask: false },
  { shop: 'bronzeNamTruc', text: '1 đỉnh đồng vàng mộc loại vừa vừa thôi', items: {}, ask: true },
];

describeCorpus('superlative', EXAMPLES);
