/**
 * A note for the kitchen beside a dish or a drink ("ít đá", "không hành", "nhiều ớt") is no word of the product when
 * the shop sells none named by it (core/parser/prep-notes.ts); where the names spell it ("Sữa đậu nành không đường",
 * "Ớt bột ít cay", "Mứt dâu tằm ít đường"), it tells the siblings apart as before.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'crabSoup', text: '2 cốc trà chanh ít đá', items: { 'TRA-CHANH': 2 }, ask: false },
  { shop: 'chaoLong', text: '1 phan chao nho it hanh', items: { 'CL-NHO': 1 }, ask: false },
  { shop: 'banhCuon', text: 'suất thường không hành, 2 suất', items: { 'BC-THUONG': 2 }, ask: false },
  { shop: 'comHen', text: 'com hen to lon khong ot 1, to nho nhieu ot 1', items: { 'CH-LON': 1, 'CH-NHO': 1 }, ask: false },
  { shop: 'drinks', text: 'lấy 1 chai nước mía 500ml ko đá', items: { 'NM-CHAI-500': 1 }, ask: false },
  // negative: the names spell the lack or the measure, which tells the siblings apart
  { shop: 'tofu', text: 'cho e 1 chai sữa đậu nành không đường 500ml', items: { 'SDN-500K': 1 }, ask: false },
  { shop: 'chiliPowder', text: 'ot it cay 250g 3 goi', items: { 'OTB-IT-250': 3 }, ask: false },
  { shop: 'mulberryJam', text: 'e lấy 1 hũ mứt ít đường thôi', items: { 'MUT-IT-DUONG-200': 1 }, ask: false },
];

describeCorpus('kitchen notes beside a dish', EXAMPLES);
