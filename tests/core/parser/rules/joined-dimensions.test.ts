/**
 * Attributes, a size written as four digits (core/parser/attributes.ts, nameAttr): "tranh sen 3040 hai bức", "pho co
 * 4060 x1", "1 guong 4060 vat" — four digits that are the two sides of a candidate's size ("30x40") written without
 * their "x" are that size, not an amount. Four digits no candidate's size is made of are not read so; a size the goods do
 * not come in asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lacquerHaThai10', text: 'lấy tranh sen 3040 hai bức', items: { 'TR-SEN-3040': 2 }, ask: false },
  { shop: 'lacquerHaThai10', text: 'sen 6090 x1, pho co 4060 x1', items: { 'TR-SEN-6090': 1, 'TR-PHO-4060': 1 }, ask: false },
  { shop: 'glassMirrors', text: '1 guong 4060 vat', items: { 'G-4060-V': 1 }, ask: false },
  { shop: 'tetCalendars', text: 'lấy 20 cuốn lịch 7 tờ 4060', items: { 'LT-7T-4060': 20 }, ask: false },
  // negative: no painting comes in 20x30
  { shop: 'lacquerHaThai10', text: 'lấy tranh sen 2030 hai bức', items: {}, ask: true },
];

describeCorpus('size written as four digits', EXAMPLES);
