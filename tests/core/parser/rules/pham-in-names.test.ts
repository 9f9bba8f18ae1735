/**
 * "phẩm" is no filler of product names as "sản phẩm" (a product) once made it: it names the goods in "mỹ phẩm"
 * (cosmetics) and "thực phẩm" (food), so "túi mỹ phẩm size M màu hồng" reads the whole name (core/parser/lexicon.ts
 * NAME_STOP keeps "sản" only). A message speaking of "sản phẩm" still orders nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cosmeticBags', text: 'lấy 1 túi mỹ phẩm size M màu hồng', items: { 'TMP-M-HONG': 1 }, ask: false },
  { shop: 'cosmeticBags', text: 'cho e 1 tui my pham size M mau be', items: { 'TMP-M-BE': 1 }, ask: false },
  { shop: 'clingFilm', text: 'cho em 1 cuộn màng bọc thực phẩm 45cm 100m thôi', items: { 'MBT-45-100': 1 }, ask: false },
  // negative: "sản phẩm" (a product) names nothing
  { shop: 'cosmeticBags', text: 'sản phẩm này còn không shop', items: {}, ask: false },
  { shop: 'clingFilm', text: 'sản phẩm bên mình có ship không', items: {}, ask: false },
];

describeCorpus('pham-in-names', EXAMPLES);
