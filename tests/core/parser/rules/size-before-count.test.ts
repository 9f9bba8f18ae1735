/**
 * A measure said before a count of the goods is the size of the pack counted, not an amount: "Cát Hải 35 độ 1 lít
 * x2", "mứt quất 2 lạng 3 túi", "chau 3 tac 5 cai", and "bột giặt 3 ký lấy 2 túi" with the count later in the unit the
 * sized product is sold by (core/parser/phrase-numbers.ts, countedAfter). With no count after it, a measure of goods
 * also sold loose by that measure is no pack's size: the amount, or, where a pack of exactly that amount is sold too
 * ("cốm tươi 2 lạng", "mứt quất 2 lạng"), a question which (loose-or-packed.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'catHaiFishSauce', text: 'Phú Quốc 35 độ 500ml x6, Cát Hải 35 độ 1 lít x2', items: { 'PQ35-500': 6, 'CH35-1L': 2 }, ask: false },
  { shop: 'fruitJams', text: 'mứt quất 2 lạng 3 túi', items: { 'MQ-200': 3 }, ask: false },
  { shop: 'fabricByMetre', text: 'thun 1 phân ba cuộn', items: { 'CHUN-1CM-CUON': 3 }, ask: false },
  { shop: 'clayPots', text: 'chau 2 tac 10 cai, chau 3 tac 5 cai', items: { 'CN-T20': 10, 'CN-T30': 5 }, ask: false },
  { shop: 'goatMilk', text: 'sữa dê 200ml 10 chai, sữa dê 500ml 5 chai, sữa dê 1 lít 2 chai', items: { 'SD-200': 10, 'SD-500': 5, 'SD-1L': 2 }, ask: false },
  // negative: no count after the measure of goods sold loose by it and in a pack of that amount: which, asked
  { shop: 'tea', text: 'cốm tươi 2 lạng nhé', items: {}, ask: true },
  { shop: 'fruitJams', text: 'mứt quất 2 lạng', items: {}, ask: true },
  { shop: 'fruitJams', text: 'mứt quất 3 lạng', items: { 'MQ-KG': 0.3 }, ask: false },
];

describeCorpus('a size before a count', EXAMPLES);
