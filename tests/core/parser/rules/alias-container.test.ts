/**
 * A container word after a number is the unit the shop sells by even when one product's alias opens with it, if
 * that product is sold by something else and no product's own name opens with it: "2 chai dầu tràm" in a shop of
 * cajeput oils by the chai is two bottles of oil (which size?), not two of the roll-on aliased "chai lăn tràm" and
 * sold by the cây; "1 túi gạo Nhật" is a bag of rice the shop lacks, not the cloth bag aliased "túi vải đựng gạo".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cajeput', text: 'e đặt 2 chai dầu tràm ạ', items: {}, ask: true },
  { shop: 'cajeput', text: 'lay 1 chai dau tram', items: {}, ask: true },
  { shop: 'cajeput', text: 'cho e 2 chai dầu tràm 50ml', items: { 'TR-50': 2 }, ask: false },
  // negative: the roll-on named by its own words, the container included
  { shop: 'cajeput', text: 'lấy 2 chai lăn tràm', items: { 'LAN-TR': 2 }, ask: false },
  { shop: 'cajeput', text: 'lấy 3 cây lăn tràm', items: { 'LAN-TR': 3 }, ask: false },
  { shop: 'rice', text: 'lấy 1 túi gạo Nhật japonica', items: {}, ask: true },
  { shop: 'rice', text: 'lấy 2 túi gạo ST25 5kg', items: { 'ST25-5KG': 2 }, ask: false },
];

describeCorpus('alias-container', EXAMPLES);
