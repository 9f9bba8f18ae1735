/**
 * Reader superlative, a bare size word (core/parser/superlative.ts, sizeWordAfter): "e lấy 2 chai bordeaux to" beside a
 * 375 ml and a 750 ml bottle — "to", "lớn", "nhỏ" that no name of the goods carries (other goods may), right after
 * them (or after "loại", "cỡ"), pick the bigger or smaller of two siblings by their measure. Not before a measure that
 * says the size itself; and of a product that comes in one size only, the reading asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'importedWines', text: 'e lấy 2 chai bordeaux to', items: { 'FR-BDX-750': 2 }, ask: false },
  { shop: 'soapMaiXa', text: '1 chai nuoc rua chen bo ket to', items: { 'NRC-BK-1L': 1 }, ask: false },
  { shop: 'ketoFoods', text: '1 bơ lạc nhỏ', items: { 'BO-DP-200': 1 }, ask: false },
  // negative: a measure after the word says the size; one size only asks
  { shop: 'oilPaintings', text: 'Lấy 1 bức tranh sen to 80x120 và 1 bức phố cổ 40x60', items: { 'TR-SEN-80120': 1, 'TR-PHO-4060': 1 }, ask: false },
  { shop: 'gasStoves', text: 'cho 1 bình gas du lịch loại to', items: {}, ask: true },
  // a size word other goods of the shop carry in their names ("Bánh chưng to") is still bare after goods that do not
  { shop: 'banhChung', text: 'cho chi 2 cay gio lua loai to', items: { 'GIO-1KG': 2 }, ask: false },
  { shop: 'nguXaBronze', text: 'cho anh 1 trống đồng to, 1 trống đồng nhỏ, sdt +84 983 112 233', items: { 'TRONG-35': 1, 'TRONG-20': 1 }, ask: false },
  { shop: 'sewingKit', text: 'cho e 1 chục cuộn chỉ trắng nhỏ', items: { 'CHI-402-TRANG': 10 }, ask: false },
];

describeCorpus('bare size word', EXAMPLES);
