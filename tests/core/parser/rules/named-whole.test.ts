/**
 * A name nested in another is the plain one: among tied candidates, the product whose own name says nothing beyond
 * each other's (what was said aside), while each other has an unsaid word of its own, is meant. Siblings that each
 * add a word of their own stay apart and ask.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // "Ô mai gừng gói 200g" beside "Ô mai mơ gừng gói 200g": the apricot is a word of its own, not said
  { shop: 'omai', text: 'đặt 3 gói gừng 200g', items: { 'OM-GUNG-200': 3 }, ask: false },
  { shop: 'omai', text: '5 gói mơ 200g + 5 gói sấu 200g', items: { 'OM-MO-200': 5, 'OM-SAU-200': 5 }, ask: false },
  // "Quạt giấy in hoa 30cm" beside the box of twelve of them
  { shop: 'fans', text: 'lấy mười cái quạt hoa 30 nha', items: { 'QG-HOA-30': 10 }, ask: false },
  // "Móc khóa sừng hình cá" beside its lot of ten
  { shop: 'combs', text: 'lấy 10 móc khóa cá', items: { 'MK-CA': 10 }, ask: false },
  // negative: "gói 200g" and "hũ 300g" each add words of their own
  { shop: 'omai', text: 'cho e 2 ô mai gừng', items: {}, ask: true },
  // negative: grades A and B each add their own letter
  { shop: 'fans', text: 'lấy 3 quạt lụa nha', items: {}, ask: true },
  // negative: "mè" said with its mark; "trắng" (white) is not "tráng" of "bánh tráng", so black and white stay apart
  { shop: 'ricepaper', text: 'bánh tráng mè 4 xấp', items: {}, ask: true },
  // "25 quạt" counts fans, not boxes of twelve
  { shop: 'fans', text: 'Lấy 25 quạt giấy hoa 30 ạ', items: { 'QG-HOA-30': 25 }, ask: false },
  // negative: two kilos or two bags of the same rice; the names do not say
  { shop: 'highland', text: 'e lấy 2 gạo nếp', items: {}, ask: true },
  { shop: 'highland', text: 'lấy 3 kg gạo nếp nương', items: { 'NEP-KG': 3 }, ask: false },
  // negative: the lotus ring adds "chạm hoa sen", the plain one "trơn"
  { shop: 'silver', text: 'lấy 1 nhẫn bạc ni 14', items: {}, ask: true },
];

describeCorpus('named-whole', EXAMPLES);
