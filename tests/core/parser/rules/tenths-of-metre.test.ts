/**
 * "tấc" is a tenth of a metre, as cloth and tanks are measured at the market (core/parser/units.ts): "5 tấc" of a
 * fabric sold by the metre is 0.5, "bể 6 tấc" is the 60 cm tank, and a size the shop does not sell asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'fabricByMetre', text: 'voan trắng 5 tấc', items: { 'CHIFFON-TRANG-1M5': 0.5 }, ask: false },
  { shop: 'aquarium', text: 'dat 1 cai be 6 tac. ve xom 2', items: { 'BK-60': 1 }, ask: false },
  { shop: 'householdElectrics', text: 'đèn tuýp 6 tấc 2 bộ nhé', items: { 'TUBE-06': 2 }, ask: false },
  // negative: a length the catalog has no such product of asks
  { shop: 'householdElectrics', text: 'lấy 2 bóng tuýp 6 tấc', items: {}, ask: true },
];

describeCorpus('tenths-of-metre', EXAMPLES);
