/**
 * An ordered count of a container followed by a capitalised word the catalog does not know ("cho e 1 bình Thermos
 * 500ml", "lấy 1 thùng Tiger") orders a brand the shop does not sell: ask, rather than read it as a name or a place
 * and say nothing (core/parser/bind.ts pair).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'flasks', text: 'cho e 1 bình Thermos 500ml', items: {}, ask: true },
  { shop: 'importedSauces', text: 'lấy 3 chai Maggi 700ml', items: {}, ask: true },
  { shop: 'softDrinks', text: 'lấy 1 thùng Tiger', items: {}, ask: true },
  // negative: a place after a delivery word is no order
  { shop: 'softDrinks', text: 'giao cho e ở 32 Nguyễn Trãi nhé', items: {}, ask: false },
];

describeCorpus('brand-not-sold', EXAMPLES);
