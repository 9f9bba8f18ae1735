/**
 * A linking word inside a name ("chiếu cho bé", "khăn của mẹ") is skipped when the word after it narrows the products;
 * but a word that folds like one and is itself a word of some of the names tells them apart (core/parser/noun-phrase.ts):
 * "bánh canh cua lớn", "lẩu cua 4 người" are the crab, not "của". In a message typed with diacritics only as the
 * catalog spells it: "hạt cho chó" keeps "cho" a linking word.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'crabNoodles', text: 'Cô Ba ơi cho con 2 tô bánh canh cua lớn mang về nha', items: { 'BC-CUA-LON': 2 }, ask: false },
  { shop: 'crabNoodles', text: 'dat 5 to banh canh cua lon cho cong ty', items: { 'BC-CUA-LON': 5 }, ask: false },
  { shop: 'crabNoodles', text: '2 tô bánh canh cua nhỏ', items: { 'BC-CUA-NHO': 2 }, ask: false },
  { shop: 'hotpotSauces', text: '2 gói sốt lẩu cua 4 người', items: { 'LR-4': 2 }, ask: false },
  { shop: 'hotpotSauces', text: 'lấy 2 gói lẩu cua 2 người nhé', items: { 'LR-2': 2 }, ask: false },
  // negative: the kind is still open without the word that tells the siblings apart
  { shop: 'hotpotSauces', text: 'lấy 2 gói sốt lẩu 4 người', items: {}, ask: true },
  { shop: 'pets', text: 'e muốn mua hạt cho chó con 1 bao ạ', items: { 'HCC-3KG': 1 }, ask: false },
];

describeCorpus('linking-words', EXAMPLES);
