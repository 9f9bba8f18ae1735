/**
 * An even count of the name's own noun, of a product sold by the pair whose name says so ("Bóng LED demi T10 trắng
 * (đôi)", "Vỏ gối 50x70 (đôi)"), counts pieces, two to a pair: "6 bóng t10 trắng" is three pairs
 * (core/parser/convert.ts). One is the pair itself ("1 vỏ gối cưới"); a count of pairs said is pairs.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'motoBulbs', text: 'cho e 6 bóng t10 trắng', items: { 'T10-TRANG-DOI': 3 }, ask: false },
  { shop: 'motoBulbs', text: 'lấy 4 bóng xi nhan cam 1156', items: { 'XN-CAM-DOI': 2 }, ask: false },
  { shop: 'hotelLinens', text: 'lấy 6 vỏ gối 50x70', items: { 'VO-GOI-50X70': 3 }, ask: false },
  // negative: pairs said, one piece that is the pair
  { shop: 'motoBulbs', text: 'lấy 2 đôi bóng t10 trắng', items: { 'T10-TRANG-DOI': 2 }, ask: false },
  { shop: 'pillows', text: '1 vỏ gối cưới', items: { 'VG-UYENUONG-DOI': 1 }, ask: false },
];

describeCorpus('pair-pieces', EXAMPLES);
