/**
 * "cân" after goods names them sold loose by weight ("Bánh đậu xanh cân", "Chả quế cân", "Tăm cân"), as against
 * their packs; a number word before it makes it a weight ("nửa cân"), and "cân ký" says how goods are sold. In a
 * message, "nửa cân" after the goods is their amount, or the size of what was counted before ("Giò lụa nửa cân 1 cây").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cakes', text: 'em lấy 5 lạng bánh đậu xanh cân', items: { 'BDX-KG': 0.5 }, ask: false },
  { shop: 'cakes', text: 'lấy 2 cân rưỡi bánh đậu xanh cân ký', items: { 'BDX-KG': 2.5 }, ask: false },
  { shop: 'banhDaKe', text: '1 ky 2 banh da can loai 2', items: { 'BDV-KG-L2': 1.2 }, ask: false },
  { shop: 'banhCuon2', text: 'chả quế nửa cân', items: { 'CQ-KG': 0.5 }, ask: false },
  // the weight after a count is the size of what is counted
  { shop: 'banhCuon2', text: 'Giò lụa nửa cân 1 cây, chả quế nửa cân', items: { 'GL-500': 1, 'CQ-KG': 0.5 }, ask: false },
  { shop: 'porkRolls2', text: 'một cây giò lụa nửa cân thôi ạ', items: { 'CL-500': 1 }, ask: false },
  // "cân ký": how the goods are sold, not loose goods of another name
  { shop: 'skewers', text: 'que xiên cân ký lấy 1 ký rưỡi', items: { 'XIEN-XA-KG': 1.5 }, ask: false },
  { shop: 'skewers', text: '3 lạng tăm cân', items: { 'TAM-LANG': 3 }, ask: false },
  // negative: without "cân", goods sold both loose and in packs are still asked about
  { shop: 'banhDaKe', text: 'banh da 2 kg', items: {}, ask: true },
  // a number word before "ký", "lạng" too, though the names carry it as a word ("Mực một nắng")
  { shop: 'driedFishTamTien', text: 'muc kho loai 1 hai ky, muc kho loai 2 mot ky', items: { 'MK-L1': 2, 'MK-L2': 1 }, ask: false },
  { shop: 'driedFishTamNong', text: 'Khô cá dứa phơi kỹ nửa ký', items: { 'CD-KHO': 0.5 }, ask: false },
  { shop: 'haiHauRice', text: 'nếp cái loại 2 tám lạng', items: { 'NCHV2-KG': 0.8 }, ask: false },
];

describeCorpus('weighed-goods', EXAMPLES);
