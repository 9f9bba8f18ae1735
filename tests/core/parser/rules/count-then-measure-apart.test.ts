/**
 * A counted container, then a weight or volume written apart from its number ("1 chai 1 lít", "3 túi 500 gam"),
 * closing its item after another item: the sibling of the item before that holds so much, in that container when
 * the names tell containers apart (measureApart, core/parser/elided-head.ts). A measure no sibling of that kind has
 * asks; a container that heads goods of its own names them; words after the measure go on naming other goods.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'lycheesThanhHa', text: 'lấy 3 chai mật ong hoa vải 500ml với 1 chai 1 lít', items: { 'MO-500': 3, 'MO-1L': 1 }, ask: false },
  { shop: 'lycheesThanhHa', text: 'cho 2 túi cùi vải sấy dẻo 200g, 1 túi 500 gam', items: { 'VS-CUI-200': 2, 'VS-CUI-500': 1 }, ask: false },
  { shop: 'lycheesThanhHa', text: '2 tui vai say kho nguyen qua 500g, 1 tui 1 ky', items: { 'VS-SAY-500': 2, 'VS-SAY-1KG': 1 }, ask: false },
  { shop: 'riceCrackersThoHa', text: 'đặt 3 chai mắm 40 độ 500ml, thêm 2 chai 1 lít', items: { 'NM-40-500': 3, 'NM-40-1L': 2 }, ask: false },
  // the container said replaces the one of the item before
  { shop: 'lycheesThanhHa', text: '2 chai rượu vải 29 độ 500ml với 1 can 5 lít', items: { 'RV-29-500': 2, 'RV-CAN-5L': 1 }, ask: false },
  // negative: no sibling of that grade holds so much; the item asks
  { shop: 'lycheesThanhHa', text: 'lấy 2 chai rượu vải 29 độ 500ml với 1 chai 1 lít', items: { 'RV-29-500': 2 }, ask: true },
  { shop: 'riceCrackersThoHa', text: '2 chai mắm 25 độ 1 lít với 1 chai 500 ml', items: { 'NM-25-1L': 2 }, ask: true },
  // negative: words after the measure name other goods
  { shop: 'lycheesThanhHa', text: '2 chai mật ong hoa vải 500ml, 1 chai 1 lít siro vải', items: { 'MO-500': 2, 'SIRO-1L': 1 }, ask: false },
];

describeCorpus('a counted container and a measure apart after an item', EXAMPLES);
