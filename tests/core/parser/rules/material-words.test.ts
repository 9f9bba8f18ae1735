/**
 * A material said after the product's words ("bát hương đồng", "bát hương gỗ") is a value the products differ by, as a
 * colour is (core/parser/lexicon.ts MATERIALS, noun-phrase.ts): where the names write it, it picks the product;
 * where no product of the kind is made of it, it fits none and the reading asks rather than sell the porcelain one.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // negative: the altar shop sells its incense bowls in porcelain only
  { shop: 'altars', text: 'cho c 1 bát hương đồng phi 20', items: {}, ask: true },
  { shop: 'altarBronze', text: 'cho c 1 bát hương gỗ 20cm', items: {}, ask: true },
  // positive: the material the names write
  { shop: 'altars', text: 'cho c 1 bát hương sứ phi 20', items: { 'BH-20': 1 }, ask: false },
  { shop: 'altarBronze', text: 'cho c 1 bát hương đồng 20cm', items: { 'BH-DONG-20': 1 }, ask: false },
  { shop: 'altarBronze', text: 'lấy 2 lư hương đồng 12cm', items: { 'LU-12': 2 }, ask: false },
];

describeCorpus('material words', EXAMPLES);
