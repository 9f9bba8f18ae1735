/**
 * "nửa con gà" where the shop sells "Gà quay nửa con" beside the whole bird: half of a product is one of the product
 * of the same kind that is itself the half, not 0.5 of the whole; "thêm nửa con nữa" likewise. With no such product,
 * half stays half.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'roastMeats', text: 'nửa con gà nha c', items: { 'GA-NUA': 1 }, ask: false },
  { shop: 'roastMeats', text: 'gà quay 2 con, à thêm nửa con nữa', items: { 'GA-NGUYEN': 2, 'GA-NUA': 1 }, ask: false },
  { shop: 'chickens', text: 'lấy nửa con gà ủ muối hoa tiêu', items: { 'GA-U-MUOI-NUA': 1 }, ask: false },
  // negative: sold by the kg, half a kilo
  { shop: 'roastMeats', text: 'lấy nửa ký heo quay', items: { 'HEO-QUAY': 0.5 }, ask: false },
  // negative: "Măng nứa" is a bamboo shoot, no half of anything
  { shop: 'mushrooms', text: 'cho mình nửa cân măng nứa', items: { 'MANG-NUA': 0.5 }, ask: false },
];

describeCorpus('half-named', EXAMPLES);
