/**
 * A phrase of nothing but a size or a colour, right after a line of the same sentence, names that line's sibling in
 * it: "sơ mi nam trắng L 8 cái, XL 4 cái" is eight L shirts and four XL ones of the same kind, not an XL of any kind
 * (core/parser/place.ts variantOfLine). So do a picture's or a door's two sides ("… với 1 bức 80x120"), and a volume or
 * a weight when "loại" says it is the kind ("… và 1 lon loại 5 lít"); without "loại" that may restate the line's
 * amount ("10kg gạo, lấy 2 túi 5kg").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'uniforms', text: 'sơ mi nam trắng L 8 cái, XL 4 cái', items: { 'SOMI-NAM-TRANG-L': 8, 'SOMI-NAM-TRANG-XL': 4 }, ask: false },
  { shop: 'uniforms', text: 'polo đỏ đô M 10, L 10', items: { 'POLO-DO-M': 10, 'POLO-DO-L': 10 }, ask: false },
  { shop: 'silk', text: 'cho mình 2 khăn lụa đỏ, 1 chiếc vàng', items: { 'KL-DO': 2, 'KL-VANG': 1 }, ask: false },
  { shop: 'oilPaintings', text: 'lấy 1 bức tranh ngựa 60x90 với 1 bức 80x120', items: { 'TR-NGUA-6090': 1, 'TR-NGUA-80120': 1 }, ask: false },
  { shop: 'sandPaintings', text: '1 bức tranh hội an 60x90 và 2 bức 40x60', items: { 'HA-GO-6090': 1, 'HA-GO-4060': 2 }, ask: false },
  { shop: 'screens', text: 'ok vậy e lấy 2 bộ cửa lùa 90x210 và 1 bộ 120x210', items: { 'CL-LUA-90X210': 2, 'CL-LUA-120X210': 1 }, ask: false },
  { shop: 'woodStains', text: 'e lấy 1 lon sơn trắng sữa loại 1 lít và 1 lon loại 5 lít ạ', items: { 'SG-TRANG-1L': 1, 'SG-TRANG-5L': 1 }, ask: false },
  // negative: with no line before it, a bare size fits too many products
  { shop: 'uniforms', text: 'XL 4 cái', items: {}, ask: true },
  // negative: a volume without "loại" after a line may be its amount again: the reading asks
  { shop: 'woodStains', text: 'e lấy 1 lon sơn trắng sữa 1 lít và 1 lon 5 lít', items: { 'SG-TRANG-1L': 1 }, ask: true },
];

describeCorpus('variant-of-line', EXAMPLES);
