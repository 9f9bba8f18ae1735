/**
 * Catalog index heads (core/parser/catalog-index.ts): in a Vietnamese name a borrowed English word that opens it
 * ("Set quà Tết …") is its head noun like "Bộ", so "thêm 1 set nữa" refers back to the set named before and a bare
 * "set" asks among all the sets, not only those named "Bộ …".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: "Set quà Tết", "Set quà Trung Thu" beside a "Bộ ấm chén … (tea set)": the set named before
  { shop: 'tea', text: 'tuần trước mình mua 2 set Tết rồi, giờ lấy thêm 1 set nữa', items: { 'SET-TET': 1 }, ask: false },
  // (after a price question about one set, the bare "set" orders that set: asked-then-ordered; never the tea set)
  { shop: 'tea', text: 'Set Trung Thu giá 400k đúng ko shop, e lấy 2 set', items: { 'SET-TRUNGTHU': 2 }, ask: false },
  { shop: 'tea', text: 'lấy 2 set', items: {}, ask: true },
  // positive: the set named before is the one ordered again
  { shop: 'tableware', text: 'tuần trước mua 1 set quà cưới rồi, giờ lấy thêm 1 set nữa', items: { 'SET-CUOI': 1 }, ask: false },
  { shop: 'incense', text: 'lấy 1 set thờ cúng', items: { 'SET-THO': 1 }, ask: false },
  // negative: a bare "set" where the shop sells a "Set …" and a "Bộ …" is asked about
  { shop: 'tableware', text: 'lấy 1 set', items: {}, ask: true },
  // negative: the "Bộ …" is still read by its own words
  { shop: 'tableware', text: 'lấy 1 bộ ấm chén men lam', items: { 'AC-LAM': 1 }, ask: false },
];

describeCorpus('borrowed-heads', EXAMPLES);
