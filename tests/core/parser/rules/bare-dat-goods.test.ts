/**
 * "dat set 5kg nhe" in a shop of "Đất sét nặn", "… va dat trong lan sl 2" in one of "Đất trồng lan": typed bare,
 * "dat" that makes a pair of the catalog's names with the next word is "đất", the goods, not "đặt", to order
 * (core/parser/clauses.ts isVerbAt).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'terracotta', text: 'dat set 5kg nhe', items: { 'DS-KG': 5 }, ask: false },
  { shop: 'terracotta', text: 'dat set 2 ky ruoi', items: { 'DS-KG': 2.5 }, ask: false },
  { shop: 'soils', text: 'lay 5 goi bau uom va dat trong lan sl 2 nhe', items: { 'TUI-UOM': 5, 'DHL-5': 2 }, ask: false },
  // negative: "dat" before a pronoun or a count is still "đặt"
  { shop: 'terracotta', text: 'dat 2 kg dat set nhe', items: { 'DS-KG': 2 }, ask: false },
];

describeCorpus('bare-dat-goods', EXAMPLES);
