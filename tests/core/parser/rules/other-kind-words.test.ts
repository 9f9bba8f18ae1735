/**
 * A word after a product reference that only products of another kind carry ("treo" of "Móc treo đèn", "lẻ" of
 * "Giỏ quà biếu lẻ") tells the product's siblings apart from nothing: the reference ends before it. A colour, or
 * a word that more catalog words follow, still counts against the product; so does a word the catalog lacks where the
 * product has one of its own ("kẹo sìu châu" is no "Kẹo dồi"), unless it only says how the goods are bought ("mang về").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // a head word the catalog spells two ways ("kẹo", "kéo") is still followed by its own words ("kẹo dồi"), not "sìu châu"
  { shop: 'maltCandy', text: 'cho mình 2 hộp kẹo sìu châu với 1 hũ mạch nha 300g', items: { 'MN-300': 1 }, ask: true },
  { shop: 'banhMi', text: 'e lấy 1 ổ bánh mì bò kho', items: {}, ask: true },
  // negative: how it is bought or what for is no other kind ("mang về", "lẻ", "biếu")
  { shop: 'crabNoodles', text: 'Cô Ba ơi cho con 2 tô bánh canh cua lớn mang về nha', items: { 'BC-CUA-LON': 2 }, ask: false },
  { shop: 'chickenRice', text: 'cho minh 5 dia com ga xe nho mang ve', items: { 'COM-XE-NHO': 5 }, ask: false },
  { shop: 'sweets', text: 'Lấy 1 đèn lồng tròn đỏ 60cm treo cổng ạ', items: { 'DEN-60': 1 }, ask: false },
  { shop: 'sauce', text: 'thêm 1 hũ tiêu đen lẻ nữa nhé', items: { 'TIEU-DEN': 1 }, ask: false },
  { shop: 'sauce', text: '2 chai mắm 35 độ 500ml biếu ông bà', items: { 'NM35-500': 2 }, ask: false },
  // negative: a colour the lanterns do not come in; a glaze the catalog writes after "men" only for other things
  { shop: 'sweets', text: '1 đèn lồng tròn vàng 30cm', items: {}, ask: true },
  { shop: 'sweets', text: 'lấy 2 lọ hoa men rạn 20cm', items: {}, ask: true },
  // a word only guessed as a slip of a catalog word ("cổng" for "cong") is no catalog word following
  { shop: 'lanterns', text: 'Lấy 1 đèn tròn đỏ 60cm treo cổng ạ', items: { 'DL-TRON-DO-60': 1 }, ask: false },
  { shop: 'rattan', text: 'cho e 5 bình hoa mây để trang trí quán cafe', items: { 'BINH-HOA-MAY': 5 }, ask: false },
];

describeCorpus('other-kind-words', EXAMPLES);
