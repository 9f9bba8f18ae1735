/**
 * Rule set-contents (core/parser/set-contents.ts): after a set whose catalog name lists what it holds after a colon,
 * a colon in the message opens that list again; phrases the list names are no lines of their own, others are.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'dongTaoChickens', text: 'Cho mình 1 combo biếu Tết: 1 cặp gà biếu + 1 hộp trứng đông tảo 10 quả', items: { 'CB-TET': 1 }, ask: false },
  { shop: 'dongTaoChickens', text: 'Lấy e combo bồi bổ: 2 bồ câu làm sẵn + 1 hộp trứng ác nhé', items: { 'CB-BOI': 1 }, ask: false },
  { shop: 'potteryPhuLang', text: 'Em lấy bộ muối dưa: vại 20 lít có nắp + vỉ tre + 2kg muối hột', items: { 'BO-DUA': 1 }, ask: false },
  // negative: goods the set's list lacks (eggs of the black chicken are no Đông Tảo eggs) are ordered beside it
  { shop: 'dongTaoChickens', text: 'Cho mình 1 combo biếu Tết: 1 cặp gà biếu + 1 hộp trứng gà ác', items: { 'CB-TET': 1, 'TG-AC-10': 1 }, ask: false },
  // a name joining its goods with "+", said so again after a phrase naming its first goods, as counted
  { shop: 'pacNgoi', text: 'e lấy combo 5 ống cơm lam trắng + 1 hũ muối vừng nhé', items: { 'COMBO-CL5': 1 }, ask: false },
  { shop: 'bambooFurniture', text: 'e đặt combo chõng + 2 đẩu 45 nhé', items: { 'COMBO-SV': 1 }, ask: false },
  { shop: 'pallets', text: 'cho 1 combo kho 10 pallet cũ loại 1 + 10 tấm lót sàn', items: { 'COMBO-KHO': 1 }, ask: false },
  // negatives: another count than the name's, or a set named only by its own name, orders the goods beside it
  { shop: 'pacNgoi', text: 'e lấy combo 5 ống cơm lam trắng + 2 hũ muối vừng nhé', items: { 'COMBO-CL5': 1, 'MV-HU': 2 }, ask: false },
  { shop: 'noodles', text: '1 combo quà quê + 1 xấp đa nem 50 lá lẻ', items: { 'COMBO-QUA': 1, 'BDN-50': 1 }, ask: false },
];

describeCorpus('set-contents', EXAMPLES);
