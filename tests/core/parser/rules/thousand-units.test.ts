/**
 * A shop's unit of a count of pieces ("nghìn viên": bricks by the thousand) converts counts of those pieces: "1500
 * viên" is 1.5 of it, "2 nghìn gạch" is 2; where a sibling is sold by the piece, "2 nghìn viên" of it is 2,000 pieces
 * (core/parser/numbers.ts productUnit, core/parser/convert.ts). The pieces' classifier may follow the thousand,
 * "5 nghìn con cá rô phi", "lấy 5 ngàn viên gạch đặc": thousands of those pieces, before the product is named
 * (core/parser/quantity-at.ts); "ngàn" is the same thousand as a unit written "nghìn". A thousand and a half, "2 ngàn
 * rưỡi viên", "một nghìn rưỡi ngói", "1 ngan ruoi" closing the line, counts pieces too, not money; after "giá" or
 * before a count ("2 ngàn rưỡi 1 viên") it stays a price.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'building2', text: '1000 viên gạch 2 lỗ', items: { 'GACH-2LO': 1 }, ask: false },
  { shop: 'building2', text: 'gach 4 lo lay 1500 vien', items: { 'GACH-4LO': 1.5 }, ask: false },
  { shop: 'building2', text: 'lấy 2 nghìn gạch 4 lỗ', items: { 'GACH-4LO': 2 }, ask: false },
  { shop: 'building2', text: 'gạch block 2 nghìn viên', items: { 'GACH-BLOCK': 2000 }, ask: false },
  { shop: 'building', text: 'e can 5000 vien gach ong 4 lo tuynel', items: { 'GACH-ONG-4L-1000': 5 }, ask: false },
  { shop: 'building2', text: 'lấy 5 ngàn viên gạch đặc nha', items: { 'GACH-DAC': 5 }, ask: false },
  { shop: 'building2', text: 'cho 2 nghìn viên gạch 4 lỗ', items: { 'GACH-4LO': 2 }, ask: false },
  { shop: 'fry', text: '5 nghìn con cá rô phi đơn tính, sđt 0918 222 111', items: { 'CA-RO-PHI': 5 }, ask: false },
  { shop: 'tiles', text: 'gạch đất nung 30x30 2 nghìn viên', items: { 'GDN-3030': 2000 }, ask: false },
  // a number before the thousand counts, it is no second size of the phrase
  { shop: 'fishFry', text: 'ro phi 6 phan 3 nghin con, ro phi 3 phan 2 nghin con', items: { 'RP-6': 3000, 'RP-3': 2000 }, ask: false },
  { shop: 'coffeeFilters', text: 'dạ lấy phin nhom 6 1 chục cai', items: { 'PHIN-NHOM-6': 10 }, ask: false },
  { shop: 'bricksMangThit3', text: 'cho anh 2 ngàn rưỡi viên gạch 4 lỗ nha', items: { 'GACH-ONG-4L': 2500 }, ask: false },
  { shop: 'rooftiles', text: 'cho một ngàn rưỡi ngói mũi hài mộc', items: { 'NMH-MOC': 1500 }, ask: false },
  { shop: 'sacks', text: 'một nghìn rưỡi bao gạo 10 ký', items: { 'BG-10': 1500 }, ask: false },
  { shop: 'building2', text: 'gạch hai lỗ 1 ngàn rưỡi', items: { 'GACH-2LO': 1.5 }, ask: false },
  // before goods the catalog heads by the word after it: thousands of them
  { shop: 'bricksMangThit4', text: 'lấy 3 ngàn gạch ống nhé', items: { 'GACH-ONG': 3000 }, ask: false },
  { shop: 'bricksMangThit3', text: 'Cho anh 4 ngàn gạch thẻ', items: { 'GACH-THE-DO': 4000 }, ask: false },
  // negative: a price of a piece
  { shop: 'bricksMangThit3', text: 'gạch 4 lỗ 2 ngàn rưỡi 1 viên đúng ko', items: {}, ask: false },
  // negative: the lot named by its own unit keeps its count
  { shop: 'building', text: 'Anh ơi cho em 3 nghìn viên gạch ống 4 lỗ', items: { 'GACH-ONG-4L-1000': 3 }, ask: false },
];

describeCorpus('thousand-units', EXAMPLES);
