/**
 * Typed without diacritics, a word that is both an order verb and a head noun of the catalog ("gui": "gửi" or "gùi",
 * "goi": "gọi"/"gối") is the goods when the next word goes on naming them ("gui nho 2 gui vua 2", "goi tua 40x40 2
 * cai"), and the verb before a pronoun or a number ("gui e 2 cai gui nho") (core/parser/clauses.ts, isVerbAt). In a
 * message written with diacritics the word is taken as written ("mua đứt 1 bộ …").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'highlandBaskets', text: 'gui nho 2 gui vua 2 gui lon 2', items: { 'GUI-NHO': 2, 'GUI-VUA': 2, 'GUI-LON': 2 }, ask: false },
  { shop: 'highlandBaskets', text: 'chot don: gui nho x2, gui vua x1, sdt 0367.145.902', items: { 'GUI-NHO': 2, 'GUI-VUA': 1 }, ask: false },
  { shop: 'patchwork', text: 'goi tua 40x40 2 cai', items: { 'GT-40': 2 }, ask: false },
  { shop: 'kapokMattresses', text: 'lay goi om 1m vs goi om 1m2 moi thu 2 cai', items: { 'GOI-OM-1M': 2, 'GOI-OM-1M2': 2 }, ask: false },
  // negative: the verb before a pronoun; with diacritics, as written
  { shop: 'highlandBaskets', text: 'gui e 2 cai gui nho', items: { 'GUI-NHO': 2 }, ask: false },
  { shop: 'weddingRentals', text: 'mua đứt 1 bộ áo dài cưới đỏ size L', items: { 'B-DO-L': 1 }, ask: false },
];

describeCorpus('a head noun typed like an order verb', EXAMPLES);
