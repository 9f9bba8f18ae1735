/**
 * "In logo 1 màu", "Đèn rèm 3m x 3m nhiều màu" (alias "rèm 3x3 7 màu"): how many colours a name says its product has
 * is one of its attributes, read like "40 độ" (core/parser/catalog-index.ts keeps the count although "màu" is
 * otherwise a grammar word of names; core/parser/attributes.ts reads it in a message). The number is not a quantity.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'ledLights', text: 'lấy 1 rèm 3x3 7 màu', items: { 'RM-3X3-NM': 1 }, ask: false },
  { shop: 'ledLights', text: 'đom đóm 10m 7 màu một cuộn với 10m trắng một cuộn', items: { 'FL10-NM': 1, 'FL10-TR': 1 }, ask: false },
  { shop: 'giftBoxes', text: 'in logo 1 màu 50 hộp, hộp quà C 50 hộp', items: { 'IN-LOGO-1M': 50, 'HQ-C': 50 }, ask: false },
  { shop: 'giftBoxes', text: 'hop qua a 35 hop, in logo 1 mau 35 hop', items: { 'HQ-A': 35, 'IN-LOGO-1M': 35 }, ask: false },
  // negative: no count of colours, no choice between the printings
  { shop: 'giftBoxes', text: 'in logo 50 hộp nhé', items: {}, ask: true },
  { shop: 'ledLights', text: 'lấy 1 rèm 3x3 nhé', items: {}, ask: true },
];

describeCorpus('colour-counts', EXAMPLES);
