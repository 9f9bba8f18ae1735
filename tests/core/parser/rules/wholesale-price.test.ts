/**
 * Asking the wholesale price ("giá sỉ") of an amount is an inquiry (core/parser/clauses.ts): "e cần 20 chai bồ kết cho
 * spa, có giá sỉ ko" orders nothing before the price is agreed; a clause that orders outright ("lấy", "đặt", "cho
 * mình") still orders.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'shampoo', text: 'e cần 20 chai bồ kết 250ml cho spa, có giá sỉ ko', items: {}, ask: false },
  { shop: 'ledLights', text: 'e muốn mua 100 cuộn đom đóm 10m vàng, có giá sỉ k ạ', items: {}, ask: false },
  { shop: 'packaging', text: 'cho e xin bảng giá sỉ thùng carton vs', items: {}, ask: false },
  // negative: an order placed outright stays, the price question beside it
  { shop: 'ledLights', text: 'lấy 100 cuộn đom đóm 10m vàng, có giá sỉ k ạ', items: { 'FL10-VA': 100 }, ask: false },
  { shop: 'shampoo', text: 'cho e 20 chai bồ kết 250ml, giá sỉ nhé', items: { 'DG-BK-250': 20 }, ask: false },
  // the amount after "nếu" (if) is the condition of the price asked, no order; "cho mình giá sỉ …" asks the price
  { shop: 'birdCages', text: 'cho em xin giá sỉ lồng tròn 30 nếu lấy 20 cái', items: {}, ask: false },
  { shop: 'clayPots', text: 'Cho chị xin giá sỉ chậu tròn 20 nếu lấy 200 cái', items: {}, ask: false },
  { shop: 'farmTools', text: 'cho mình giá sỉ cuốc bản 50 cái', items: {}, ask: false },
];

describeCorpus('wholesale-price', EXAMPLES);
