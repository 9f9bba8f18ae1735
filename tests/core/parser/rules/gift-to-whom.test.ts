/**
 * "3 đèn 2-3kg tặng sếp", "1 cây thông 1m2 để văn phòng": giving the goods to someone, or where they go, ends the
 * product phrase even where some candidate's alias has that word ("combo quà tặng"): the person or place after it
 * says what the goods are for, not which goods (core/parser/noun-phrase.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'saltLamps', text: 'e chot 3 den 2-3kg tang sep', items: { 'DEN-23': 3 }, ask: false },
  { shop: 'saltLamps', text: 'lấy 1 đèn 3-5kg tặng mẹ nhé', items: { 'DEN-35': 1 }, ask: false },
  { shop: 'christmas', text: 'e lấy 1 cây thông 1m2 để văn phòng nha', items: { 'CAY-120': 1 }, ask: false },
  // negative: the gift set named by its own words is still the gift set
  { shop: 'saltLamps', text: 'lấy 2 combo quà tặng', items: { 'COMBO-QUA': 2 }, ask: false },
];

describeCorpus('gift-to-whom', EXAMPLES);
