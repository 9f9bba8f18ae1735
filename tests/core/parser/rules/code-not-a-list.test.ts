/**
 * A code of two single characters joined by "+" or "&" ("USB A+C", "S&B") is no list of what a set holds: the name
 * after "kèm" stays the product's own ("Ổ cắm đôi kèm USB A+C …"), so a plain mention does not fall on it as if its
 * name were the bare "Ổ cắm đôi" (core/parser/catalog-names.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'switches', text: 'ổ cắm đôi 4 cái', items: {}, ask: true },
  { shop: 'switches', text: 'lấy 2 ổ cắm usb', items: {}, ask: true },
  { shop: 'chargers', text: '2 củ sạc 20W', items: {}, ask: true },
  // negative: the words after "kèm" name it
  { shop: 'switches', text: 'lấy 1 ổ cắm usb a+c', items: { 'OC-SC-USB-DEN': 1 }, ask: false },
  { shop: 'chargers', text: '1 củ sạc 20w kèm cáp usb a+c', items: { 'SAC-AC': 1 }, ask: false },
];

describeCorpus('code-not-a-list', EXAMPLES);
