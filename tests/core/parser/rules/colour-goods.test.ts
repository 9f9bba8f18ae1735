/**
 * "màu" before a colour only says which colour ("áo màu đỏ"); anywhere else in a name it is a word of the goods:
 * "Bút chì màu 12 màu" (coloured pencils), "Sáp màu", "Sổ da … màu vàng bò" aside (core/parser/catalog-index.ts).
 * In a message it is read the same way (core/parser/noun-phrase.ts): a word of the phrase when it closes it or comes
 * before a number ("hộp chì màu 24"), a filler before a colour, or when it asks which ("màu gì cũng được").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'school', text: '3 hộp bút chì màu 12 màu và 1 hộp chì màu 24', items: { 'CHI-MAU-12': 3, 'CHI-MAU-24': 1 }, ask: false },
  { shop: 'school', text: '1 hộp bút bi xanh, 1 hộp bút chì 2B, 1 hộp chì màu 36', items: { 'BUT-BI-XANH-H20': 1, 'BUT-CHI-2B-H12': 1, 'CHI-MAU-36': 1 }, ask: false },
  { shop: 'stationery', text: 'e lay 2 cuon so A5 mau bo, ship ve 16 Hai Ba Trung Hue', items: { 'SD-A5-BO': 2 }, ask: false },
  // negative: which coloured pencils is not said; "màu" before a colour is no word of a name
  { shop: 'school', text: 'lấy bút chì màu', items: {}, ask: true },
  { shop: 'stationery', text: 'em lấy 1 sổ A5 màu đen', items: { 'SD-A5-DEN': 1 }, ask: false },
  // "màu" alone after a number counts colours and names no goods ("sơn dầu" is not sold here: ask)
  { shop: 'art', text: 'lấy 1 bộ màu sơn dầu 24 màu', items: {}, ask: true },
  { shop: 'art', text: 'cho e 1 bộ acrylic 24 màu, à không, 36 màu', items: { 'AC-36': 1 }, ask: false },
];

describeCorpus('colour-goods', EXAMPLES);
