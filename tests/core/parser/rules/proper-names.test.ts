/**
 * A place name in a product's name keeps all its words (core/parser/catalog-index.ts): the "An" of "Hội An" is not
 * the English article "an" the index otherwise drops from names, so "tranh hội an 60x90" reads on to its size and
 * "nam châm hội an" names the magnet of Hội An, not just any magnet. A question word written with a capital beside
 * another capitalised word inside its clause is part of a name too (core/parser/clauses.ts): the school "Sao Mai",
 * the town "Hoi An", the province "Bac Lieu" ask nothing.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sandPaintings', text: 'Chốt 1 tranh hội an 60x90 ạ', items: { 'HA-GO-6090': 1 }, ask: false },
  { shop: 'sandPaintings', text: 'đặt giúp mình 1 tranh Hội An 40x60 nha', items: { 'HA-GO-4060': 1 }, ask: false },
  { shop: 'sandPaintings', text: 'mình lấy 1 bức hội an 60x90 khung gỗ nha', items: { 'HA-GO-6090': 1 }, ask: false },
  // negative: the place alone does not tell the two sizes apart
  { shop: 'sandPaintings', text: 'lấy 1 tranh hội an', items: {}, ask: true },
  { shop: 'souvenirs', text: '2 nam châm Đà Lạt, 2 nam châm hội an', items: { 'NC-HOIAN': 2 }, ask: true },
  { shop: 'souvenirs', text: 'cho e 20 nam châm hội an nhé', items: { 'NC-HOIAN': 20 }, ask: false },
  { shop: 'lanternsXuanLa', text: 'một trăm con tò he lẻ, lấy sỉ cho trường mầm non Sao Mai', items: { 'TOHE-CON': 100 }, ask: false },
  { shop: 'lanternsXuanLa', text: 'lấy 50 con tò he lẻ, giao tới trường tiểu học Ai Mộ giúp mình', items: { 'TOHE-CON': 50 }, ask: false },
  { shop: 'shallotsVinhChau2', text: 'muoi hot 10 ky, gui xe do ve Bac Lieu giup e', items: { 'MUOI-HOT': 10 }, ask: false },
  { shop: 'rattanPhuVinh', text: 'please send 4 sets of bamboo lanterns to Hoi An', items: { 'DEN-LONG-BO3': 4 }, ask: false },
  // negative: written small, or alone, the question word still asks
  { shop: 'lanternsXuanLa', text: '30 con tò he lẻ sao shop', items: {}, ask: false },
  { shop: 'lanternsXuanLa', text: 'tò he lẻ bán sao vậy shop', items: {}, ask: false },
];

describeCorpus('proper-names', EXAMPLES);
