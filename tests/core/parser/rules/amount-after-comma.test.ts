/**
 * An amount alone, in the clause right after a product phrase that went without one, is that product's amount
 * ("tranh hoa giấy 40x60, 1 bức thôi ạ"). Not after a phrase in a question, not when another product shares the
 * phrase's clause, not a house or hamlet number after a person's name (though a name written all in capitals that
 * the catalog writes so, "Trà Kim Tuyên 250g, 2 gói", is the product's).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pottery', text: 'bình hoa men lam loại cao 60cm, 1 cái', items: { 'BH-LAM-60': 1 }, ask: false },
  { shop: 'omai', text: 'Ô mai me gói 200g, 4 gói, sđt 0397 450 118', items: { 'OM-ME-200': 4 }, ask: false },
  { shop: 'oolong', text: 'Trà Kim Tuyên 250g, 2 gói, chuyển về cty', items: { 'OL-KT-250': 2 }, ask: false },
  { shop: 'porkRolls', text: 'Giò Lụa Ước Lễ 1kg, 2 cây', items: { 'GL-1KG': 2 }, ask: false },
  // negative: the phrase was asked about, not ordered
  { shop: 'omai', text: 'Ô mai me gói 200g còn không shop? 4 gói', items: {}, ask: false },
  // negative: "Thôn 3" is the hamlet of the address after the customer's name
  { shop: 'embroidery', text: 'Gửi e 2 túi đỏ nha. Nguyễn Thị Hoa - 0346 789 555 - Thôn 3, Yên Mỹ, Hưng Yên', items: { 'TUI-TC-DO': 2 }, ask: false },
];

describeCorpus('amount-after-comma', EXAMPLES);
