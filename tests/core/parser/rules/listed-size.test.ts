/** Rule: a size said once for goods listed under one "mỗi" goes on each of them (core/parser/elided-sizes.ts, shareListedSize). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: the size said after the last goods of the list, or with the first, is every listed one's
  { shop: 'thanhHaClay', text: 'heo đỏ với heo hồng loại 25cm mỗi loại 2 con', items: { 'HEO-25-DO': 2, 'HEO-25-HONG': 2 }, ask: false },
  { shop: 'thanhHaClay', text: 'heo hồng 15cm với heo đỏ mỗi loại 3 con', items: { 'HEO-15-HONG': 3, 'HEO-15-DO': 3 }, ask: false },
  { shop: 'vanPhucTies', text: 'khan vuong 60x60 hong va xanh ngoc moi mau 5 cai', items: { 'KV60-HONG': 5, 'KV60-XN': 5 }, ask: false },
  { shop: 'saDecNoodles', text: 'hủ tiếu sợi nhỏ và sợi to gói 1 ký mỗi loại 5 gói', items: { 'HT-NHO-1KG': 5, 'HT-TO-1KG': 5 }, ask: false },
  { shop: 'saDecNoodles', text: 'hu tieu soi to goi 500g va soi nho moi loai 2 goi', items: { 'HT-TO-500': 2, 'HT-NHO-500': 2 }, ask: false },
  // negative: a size the sibling's only product has, unsaid, is no hint: the other goods still ask
  { shop: 'camLoPepper', text: 'muối ớt đỏ, muối ớt xanh mỗi loại 2 hũ', items: { 'MOX-200': 2 }, ask: true },
  // negative: the size would land on the sibling's own product; the other goods are other goods
  { shop: 'langSinhPrints', text: 'đèn lồng 25cm với đèn lồng cá chép mỗi loại 2', items: { 'DL-25': 2 }, ask: true },
  // negative: a size read apart from its goods ("chậu" … "30cm") names the same product, no sibling of another size
  { shop: 'viKheBonsai', text: 'chậu 30cm với bàn xoay 30cm mỗi thứ 1', items: { 'CH-CN30': 1, 'BAN-XOAY': 1 }, ask: true },
  // negative: without "mỗi" each amount is its own, and a phrase with no size asks
  { shop: 'thanhHaClay', text: 'heo đỏ 2 con, heo hồng 25cm 2 con', items: { 'HEO-25-HONG': 2 }, ask: true },
];

describeCorpus('listed-size', EXAMPLES);
