/**
 * A word that heads no product, then a head noun of other products the first word's products do not share, names a
 * kind the shop does not sell (core/parser/noun-phrase.ts, as two head nouns run together do): "2 chai sữa hạt óc
 * chó" in a shop whose only "sữa" is a cereal "lợi sữa" and whose "hạt" are seeds, "2 chai nước tương Maggi" in a
 * tofu shop whose only "nước" is the syrup a cup of tào phớ comes with. The reading asks instead of ordering the
 * first word's product.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cereals', text: 'order 2 chai sữa hạt óc chó nhé', items: {}, ask: true },
  { shop: 'tofu', text: 'lấy 2 chai nước tương Maggi', items: {}, ask: true },
  // positive: words that do name one product together
  { shop: 'cereals', text: 'lấy 2 gói ngũ cốc lợi sữa', items: { 'BNC-LS': 2 }, ask: false },
  { shop: 'tofu', text: 'lấy 2 cốc tào phớ trân châu', items: { 'TP-TC': 2 }, ask: false },
];

describeCorpus('unknown-kinds', EXAMPLES);
