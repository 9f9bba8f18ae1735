/**
 * "2 cái bánh bao thịt trứng cút" beside its box ("… hộp 6 chiếc"): "cái" and "chiếc" both count single pieces, so
 * the product sold by the piece fits the amount and its box does not. A box asked for by its own unit stays the box.
 * Long and round things are counted by their own classifiers ("cây", "que", "quả", "viên"): pieces too, so "20 cây xiên
 * inox" of skewers sold ten to a set is two sets.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'steamedBuns', text: 'Chào shop, cho mình 2 cái bánh bao thịt trứng cút nhé', items: { 'BB-TT': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 3 cái nến thơm quế', items: { 'NEN-QUE': 3 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 hộp nến thơm quế', items: { 'NEN-QUE-H4': 2 }, ask: false },
  { shop: 'charcoal', text: 'lay 20 cay xien inox', items: { 'XI-10': 2 }, ask: false },
  { shop: 'weddingCards', text: 'shop có bóng bay trái tim ko, lấy e 20 quả', items: {}, ask: true },
  // negative: a weight of goods sold by the piece or the box fits neither
  { shop: 'herbs', text: 'lấy 2 kg nến thơm quế', items: {}, ask: true },
];

describeCorpus('piece-classifiers', EXAMPLES);
