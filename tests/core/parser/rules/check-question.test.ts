/**
 * "vi ngang den 1.250k dung k shop, e chot 2 cai": typed bare, "dung k" / "phai ko" is "đúng không" / "phải không", a
 * question checking the price just said, even in a shop whose names have a word spelled "dung" (dụng cụ, dung tích);
 * it names no goods, and the amount after it goes to the product before it (core/parser/scan.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'exoticLeather', text: 'vi ngang den 1.250k dung k shop, e chot 2 cai', items: { 'VNG-DEN': 2 }, ask: false },
  { shop: 'bonsai', text: 'day nhom 2mm 95k/cuon dung k, lay e 4 cuon', items: { 'DN-20': 4 }, ask: false },
  // negative: the price check alone orders nothing
  { shop: 'bonsai', text: 'day nhom 2mm 95k/cuon dung k shop', items: {}, ask: false },
];

describeCorpus('check-question', EXAMPLES);
