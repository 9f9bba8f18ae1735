/**
 * "banh cay 200g 35k/hop, lay 10 hop" beside bánh cáy sold by the kg and "hộp 200g": a measure after the phrase could
 * be the amount of the loose goods or the pack's size; a count said later in the sentence in the unit the pack of that
 * size is sold by ("10 hộp") settles it: the measure is the pack's size (core/parser/phrase-numbers.ts). And "hop nho
 * 1kg 5 hop": with the amount right after the phrase, the container word opens the name ("Hộp quà nho 1kg"), it is no
 * amount of one (core/parser/scan.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'banhCay', text: 'banh cay 200g 35k/hop, lay 10 hop', items: { 'BC-200': 10 }, ask: false },
  { shop: 'noodles', text: 'Phở 500g giá 35k đúng không shop, lấy 4 gói', items: { 'PHO-500': 4 }, ask: false },
  { shop: 'dairy', text: 'bánh sữa 200g 35k đúng k shop, lấy e 2 hộp', items: { 'BS-200': 2 }, ask: false },
  { shop: 'shrimpCrackers', text: 'Phồng tôm 500g 80k phải không, lấy 5 gói', items: { 'BPT-500': 5 }, ask: false },
  { shop: 'grapes', text: 'hop nho 1kg 5 hop, di bieu', items: { 'NX-H1': 5 }, ask: false },
  // negative: the measure alone is still the amount or the pack: ask
  { shop: 'banhCay', text: 'banh cay 200g', items: {}, ask: true },
];

describeCorpus('size-then-packs', EXAMPLES);
