/**
 * A measure word the catalog spells just so and that heads products not sold by that measure is their noun, not a
 * unit (core/parser/quantity-at.ts): "1 yến mạch" in a shop selling "Yến mạch" is one bag of oats, not 10 kg; "2 cặp
 * gối trúc" where "Cặp gối trúc" is sold by the pair is two of them. Spelled otherwise, the unit stays ("2 lạng").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'nuts', text: '1 hạt lanh, 1 yến mạch, 1 chia', items: { LANH: 1, 'YEN-MACH': 1, CHIA: 1 }, ask: false },
  { shop: 'bambooMats', text: '2 chiếu hạt 1m6 và 2 cặp gối trúc', items: { 'CT-HAT-1M6': 2, 'GOI-TRUC-DOI': 2 }, ask: false },
];

describeCorpus('unit-or-noun', EXAMPLES);
