/**
 * An amount answering a question ("… có ko shop, e lấy 1") takes what the question asked about. Where the question
 * read as several phrases and the last is a lone word ("bó hoa" … "tay" in "bó hoa cưới cầm tay"), that word need
 * not be the thing asked about: ask rather than place it (core/parser/bind.ts orphan).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bouquets', text: 'bó hoa cưới cầm tay có ko shop, e lấy 1', items: {}, ask: true },
  { shop: 'bouquets', text: 'shop có hoa cẩm tú cầu ko ạ, lấy 1 bó', items: {}, ask: true },
  { shop: 'vegetarian', text: 'có nem chay rán ko ạ, lấy 2 hộp', items: {}, ask: true },
  { shop: 'knitting', text: 'shop có bán len bông xù không, lấy mình 3 cuộn', items: {}, ask: true },
  // negative: one phrase asked about, the answer places it
  { shop: 'bouquets', text: 'bó hướng dương 10 bông còn ko shop, e lấy 1', items: { 'BO-HD-10': 1 }, ask: false },
  { shop: 'vegetarian', text: 'ruốc nấm hương 200g còn không, e lấy 2', items: { 'RUOC-NAM-200G': 2 }, ask: false },
];

describeCorpus('answer-to-split-question', EXAMPLES);
