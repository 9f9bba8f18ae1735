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
];

describeCorpus('set-contents', EXAMPLES);
