/** Reader each-scope (core/parser/each-scope.ts): "mỗi màu", "mỗi size" order each product that differs by that kind, not every product sharing the words. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // "mỗi" ends the phrase before it ("3 tháng mỗi loại")
  { shop: 'chickens', text: 'gà giống 1 tháng và 3 tháng mỗi loại 5 con', items: { 'GIONG-1T': 5, 'GIONG-3T': 5 }, ask: false },
  { shop: 'silver', text: 'bông tai đá đỏ và đá xanh mỗi loại 2 đôi', items: { 'BONG-DO': 2, 'BONG-XANH': 2 }, ask: false },
  // "mỗi mã": each of the codes listed
  { shop: 'aoDai', text: 'ADL-HONG-M, ADL-HONG-L mỗi mã 1', items: { 'ADL-HONG-M': 1, 'ADL-HONG-L': 1 }, ask: false },
  { shop: 'silver', text: 'VT-S, VT-M mỗi mã 2 chiếc', items: { 'VT-S': 2, 'VT-M': 2 }, ask: false },
  // positive: what a name puts after "màu" is a colour, listed in the lexicon or not ("màu tự nhiên")
  { shop: 'rugs', text: 'thảm cói 60x90 mỗi màu 2 tấm', items: { 'TC-6090-TN': 2, 'TC-6090-XANH': 2, 'TC-6090-DO': 2 }, ask: false },
  { shop: 'blinds', text: 'mành trúc 1m6 lấy mỗi màu 2 chiếc nhé', items: { 'MT-TN-1M6': 2, 'MT-NAU-1M6': 2 }, ask: false },
  // positive: each colour of the straps, not the hat whose alias also opens with "quai"
  { shop: 'hats', text: 'quai nón mỗi màu 2 cái', items: { 'QN-DO': 2, 'QN-TIM': 2, 'QN-CHAM': 2 }, ask: false },
  // positive: each colour of the earrings, not the flower-shaped pair (the "bạc" all of them share is no colour)
  { shop: 'silver', text: 'bông tai bạc mỗi màu 1 đôi', items: { 'BONG-DO': 1, 'BONG-XANH': 1, 'BONG-TRANG': 1 }, ask: false },
  // positive: each size
  { shop: 'silk', text: 'áo dài mỗi size 1 bộ', items: { 'AD-M': 1, 'AD-L': 1 }, ask: false },
  { shop: 'herbs', text: 'tinh dầu quế mỗi cỡ 1 lọ', items: { 'QUE-10': 1, 'QUE-30': 1 }, ask: false },
  // negative: "mỗi loại" (each kind) keeps every product the phrase fits
  { shop: 'silver', text: 'bông tai mỗi loại 1 đôi', items: { 'BONG-DO': 1, 'BONG-XANH': 1, 'BONG-TRANG': 1, 'BONG-MAI': 1 }, ask: false },
  { shop: 'herbs', text: 'tinh dầu mỗi loại 1 lọ', items: { 'QUE-10': 1, 'QUE-30': 1, 'TRAM-30': 1 }, ask: false },
  // the values listed after a colon are the ones meant
  { shop: 'paperFlowers', text: 'hoa giấy mỗi màu 2 bó: đỏ, vàng, hồng, trắng', items: { 'HG-DO': 2, 'HG-VANG': 2, 'HG-HONG': 2, 'HG-TRANG': 2 }, ask: false },
  { shop: 'noodles', text: 'bún mỗi loại 1 gói 500g: sợi nhỏ và sợi to', items: { 'BUN-NHO-500': 1, 'BUN-TO-500': 1 }, ask: false },
  { shop: 'omai', text: 'ô mai gói 200g mỗi vị 1 gói: mơ, sấu, me, gừng', items: { 'OM-MO-200': 1, 'OM-SAU-200': 1, 'OM-ME-200': 1, 'OM-GUNG-200': 1 }, ask: false },
  // or in parentheses closing the clause
  { shop: 'cashews', text: 'muối ớt mỗi loại 2 (đỏ với xanh)', items: { 'MUOI-OT-DO': 2, 'MUOI-OT-XANH': 2 }, ask: false },
  // typed bare, "moi" is "mỗi" too
  { shop: 'cashews', text: 'muoi ot moi loai 2 (do voi xanh)', items: { 'MUOI-OT-DO': 2, 'MUOI-OT-XANH': 2 }, ask: false },
  { shop: 'banhTet', text: 'tet cam 1 ky moi loai 1 don (man, ngot)', items: { 'BTC-MAN-1K': 1, 'BTC-NGOT-1K': 1 }, ask: false },
  // negative: parentheses before the amount name the glazes inside the phrase, read as before
  { shop: 'pottery', text: 'mỗi loại men (lam, rạn, lục) lấy 2 bát ăn cơm 12cm', items: { 'BAT-LAM-12': 2, 'BAT-RAN-12': 2, 'BAT-LUC-12': 2 }, ask: false },
  // "mỗi size": each size of the plain product, not the other kinds that come in sizes too ("Trà chanh mật ong cốc L")
  { shop: 'drinks', text: 'trà chanh mỗi size 1 cốc ạ', items: { 'TC-M': 1, 'TC-L': 1 }, ask: false },
  { shop: 'citrus', text: 'nước cam mỗi cỡ chai 2 chai', items: { 'NUOC-CAM-500': 2, 'NUOC-CAM-1L': 2 }, ask: false },
  // negative: a kind named keeps its sizes
  { shop: 'drinks', text: 'trà chanh mật ong mỗi size 1 cốc', items: { 'TC-MO-L': 1 }, ask: false },
  // a count of the kinds before "mỗi" + the same kind word is no amount, when that many kinds are placed
  { shop: 'goldLeafKieuKy', text: 'hoành phi 2 cỡ mỗi cỡ 1 bức', items: { 'HP-60': 1, 'HP-80': 1 }, ask: false },
  { shop: 'goldLeafKieuKy', text: 'keo 2 loại mỗi loại 1 chai', items: { 'KEO-250': 1, 'KEO-1L': 1 }, ask: false },
  { shop: 'sourShrimp', text: 'mắm ruốc xào 2 loại mỗi loại 1 hũ', items: { 'MR-XAO-200': 1, 'MR-XAO-400': 1 }, ask: false },
  // (a count of kinds that does not match those placed asks: four towels fit "3 màu", four cakes "bánh gai 2 loại")
  { shop: 'towelsPhuongLa', text: 'khăn mặt 3 màu mỗi màu 5 cái', items: { 'KM-XA': 5, 'KM-HO': 5, 'KM-TRE': 5 }, ask: true },
  { shop: 'leafCakes', text: 'lấy bánh gai 2 loại mỗi loại 5 cái', items: { 'BG-DAU': 5, 'BG-DUA': 5 }, ask: true },
  // "mỗi" before a word of kind is "each", not a slip of a word the names write otherwise ("chống mối")
  { shop: 'furnitureThachXa', text: 'ghế đẩu 30 với 45 mỗi loại 5 chiếc', items: { 'GHE-DAU-30': 5, 'GHE-DAU-45': 5 }, ask: false },
  { shop: 'furnitureThachXa', text: 'chiếu trúc 1m6 với 1m8 mỗi loại 2 cái', items: { 'CHIEU-1M6': 2, 'CHIEU-1M8': 2 }, ask: false },
];

describeCorpus('each-scope', EXAMPLES);
