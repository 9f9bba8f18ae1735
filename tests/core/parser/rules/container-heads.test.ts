/**
 * A head noun that is only the container the named goods come in tells none of them apart (core/parser/matcher.ts):
 * "10 hũ sữa chua nếp cẩm" beside a 100 ml jar and a litre jar both sold by the hũ, one with an alias opening "hũ lít",
 * is not the litre jar; "3 gói phồng tôm" beside packs of 200 g, 500 g and 1 kg is none of them in particular. Said
 * with what sets one apart, or as the container and a size alone ("hộp … 6 hũ"), the reading is as before; and the
 * word a pack counts goes with its count (core/parser/noun-phrase.ts): "hộp trà atiso 20 túi" is the box of 20 tea
 * bags, not the boxes of 20 sachets.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'yogurt', text: 'cho mình 10 hũ sữa chua nếp cẩm nhé', items: {}, ask: true },
  { shop: 'yogurt', text: 'cho e 2 hũ nếp cẩm', items: {}, ask: true },
  { shop: 'shrimpCrackers', text: 'Lấy 3 gói phồng tôm', items: {}, ask: true },
  { shop: 'shrimpCrackers', text: 'cho e 1 gói bánh phồng', items: {}, ask: true },
  // positive: the words that set one apart still decide
  { shop: 'yogurt', text: 'lấy 2 hũ sữa chua trắng 1 lít', items: { 'SC-TRANG-1L': 2 }, ask: false },
  { shop: 'yogurt', text: 'lấy 3 hộp sữa chua trắng 6 hũ', items: { 'SC-TRANG-6': 3 }, ask: false },
  { shop: 'shrimpCrackers', text: 'lấy 2 gói phồng tôm 1kg', items: { 'BPT-1KG': 2 }, ask: false },
  // the word a pack counts tells packs of the same count apart ("hộp 20 túi" beside "hộp 20 gói")
  { shop: 'artichokeTea', text: 'chào shop, cho mình 2 hộp trà atiso 20 túi nha', items: { 'TT-H20': 2 }, ask: false },
];

describeCorpus('container-heads', EXAMPLES);
