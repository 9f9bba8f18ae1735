/**
 * A header and its list: a product phrase followed by a colon names what the items after it share; with the header
 * each item must name exactly one product, and the items' amounts must add up to the header's when it has one.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // after the header's colon, a count then a size or measure: that sibling of the header
  { shop: 'drums', text: 'thân lân: 1 cái 2m, 2 cái 3m5', items: { 'THAN-LAN-2M': 1, 'THAN-LAN-3M5': 2 }, ask: false },
  { shop: 'sauce', text: 'nước mắm 40 độ: 2 chai 500ml, 1 chai 750ml', items: { 'NM40-500': 2, 'NM40-750': 1 }, ask: false },
  // negative: a size no sibling has asks
  { shop: 'drums', text: 'thân lân: 1 cái 2m, 1 cái 4m', items: { 'THAN-LAN-2M': 1 }, ask: true },
  { shop: 'bedding', text: '2 chăn hè 1m6: 1 xanh 1 hồng', items: { 'CHAN-16-XANH': 1, 'CHAN-16-HONG': 1 }, ask: false },
  { shop: 'combs', text: 'vòng đen: S 1 cái, M 2 cái, L 1 cái', items: { 'VT-DEN-S': 1, 'VT-DEN-M': 2, 'VT-DEN-L': 1 }, ask: false },
  { shop: 'joss', text: 'Lấy 2 thác khói: 1 hoa sen, 1 tháp 9 tầng', items: { 'THAC-SEN': 1, 'THAC-THAP9': 1 }, ask: false },
  { shop: 'brocade', text: '2 túi xách: 1 hmông 1 dao đỏ', items: { 'TX-HMONG': 1, 'TX-DAODO': 1 }, ask: false },
  // negative: the amounts do not add up to the header's; ask which
  { shop: 'bedding', text: '3 chăn hè 1m6: 1 xanh 1 hồng', items: {}, ask: true },
];

describeCorpus('header-list', EXAMPLES);
