/** Named by its alias (core/parser/named-alias.ts): the words said are, word for word and in order, one alias of exactly one candidate (typed bare, one the shop wrote bare too, when a word has two spellings): that one; an alias that leaves out the measure siblings differ by, a one-word alias, or a gift set's short name still asks. A number written bare and read as a length is the alias's bare number. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: the shop's own short name picks the product among siblings that all hold those words
  { shop: 'bunCha', text: '4 nem cua, 2 nem cua nữa cho bé', items: { 'NEM-CUA': 6 }, ask: false },
  { shop: 'bunCha', text: 'lấy 4 nem thịt với 4 nem cua', items: { 'NEM-RAN': 4, 'NEM-CUA': 4 }, ask: false },
  { shop: 'spices', text: 'cho em hai hũ tiêu 100g và một hũ tiêu 250g', items: { 'TIEU-100': 2, 'TIEU-250': 1 }, ask: false },
  { shop: 'pottery', text: 'e lấy 5 cốc 350ml ạ', items: { 'COC-350': 5 }, ask: false },
  { shop: 'paperFlowers', text: 'hoa giấy màu hồng 2 bó nha', items: { 'HG-HONG': 2 }, ask: false },
  // positive: typed bare, word for word an alias the shop also wrote bare, though a word of it has two spellings
  // ("bo": "bồ kết" and "bộ gội xả")
  { shop: 'shampoo', text: 'lay 1 chai dau goi bo ket 500ml', items: { 'DG-BK-500': 1 }, ask: false },
  { shop: 'cereals', text: 'e dat 2 tui yen mach 500g', items: { 'YM-500': 2 }, ask: false },
  // positive: half a gram is not the 1 g packet
  { shop: 'flowerSeeds', text: 'mk lay 1 goi cuc vang 0.5g', items: { 'HG-CUC-05': 1 }, ask: false },
  // positive: the container the product is sold in may be said beside its alias ("trà sen hộp 100g")
  { shop: 'lotusTea', text: 'trà sen hộp 100g lấy 2, hộp 200g lấy 1', items: { 'TS-100': 2, 'TS-200': 1 }, ask: false },
  // negative: the alias in another order names another thing ("hoa hồng giấy", a paper rose)
  { shop: 'paperFlowers', text: 'lấy 2 bó hoa hồng giấy', items: {}, ask: true },
  // negative: a gift set's short name ("set quà") when the shop has several sets
  { shop: 'canvas', text: '1 set quà', items: {}, ask: true },
  // negative: the alias of grade A says no grade ("kỷ tử"), and grade B is sold too
  { shop: 'medicinal', text: 'cho e 3 lạng kỷ tử nhé', items: {}, ask: true },
  // negative: typed bare, "me" could be "me" (tamarind) or "mè" (sesame), both in the catalog
  { shop: 'ricepaper', text: 'banh trang me 5 goi', items: {}, ask: true },
  // negative: both names give a grade in words ("loại thường", "loại đặc biệt") and the alias says none
  { shop: 'candy', text: 'cho 1 hộp cu đơ 500g', items: {}, ask: true },
  // positive: both names give the same grade ("Chổi tre … loại to", "Chổi chít loại to cán tre"): no grade tells them
  // apart, the alias "chổi tre to" does
  { shop: 'ropeBrooms', text: 'Cho mình 3 cây chổi tre to', items: { 'CT-TO': 3 }, ask: false },
  { shop: 'ropeBrooms', text: 'lấy 4 chổi đót to', items: { 'CD-TO': 4 }, ask: false },
  // negative: words beyond the alias ("hộp") leave the choice open
  { shop: 'bunCha', text: '2 hộp nem cua', items: {}, ask: true },
  // an alias with a spoken length ("cây thông 1m5", "chiếu hạt 1m6") said word for word: the decimal it writes is
  // compared by its measure
  { shop: 'christmas', text: 'Chào shop, cho mình 1 cây thông 1m5 nhé', items: { 'CAY-150': 1 }, ask: false },
  { shop: 'bambooMats', text: 'lấy 1 chiếu hạt 1m6 nhé', items: { 'CT-HAT-1M6': 1 }, ask: false },
  // typed bare where the shop also typed an alias bare ("binh phun 8l", "burger ga"): that bare word is no second
  // spelling of "bình", "gà" (the bare "me" of a name with diacritics, above, is)
  { shop: 'sprayers', text: 'lay 3 binh 8l nha', items: { 'BAL-8L': 3 }, ask: false },
  { shop: 'friedChicken', text: 'cho 3 burger ga nha', items: { 'BG-GA': 3 }, ask: false },
  // a number written bare, read as a length the names write ("điếu 60" as 60 cm), is the bare number of the alias
  // ("điếu 60", "chậu trong 12") though a sibling of another length or another kind holds the same words
  { shop: 'pipeTobacco', text: 'ba cai dieu 45, hai cai dieu 60', items: { 'DC-45': 3, 'DC-60': 2 }, ask: false },
  { shop: 'orchidSupplies', text: 'chau trong 12 1 chuc, chau trong 15 nua chuc', items: { 'CT-12': 10, 'CT-15': 5 }, ask: false },
  { shop: 'sewingKit', text: 'e lấy 20 khóa 20, 20 khóa 15', items: { 'KHOA-20': 20, 'KHOA-15': 20 }, ask: false },
  // the word counted, read as the amount's unit, opens the alias ("cặp mặn", "cặp mc4" of products sold by the cặp)
  { shop: 'banhTet', text: 'lấy 2 cặp mặn, sdt 84977123408', items: { 'BTC-CAP-MAN': 2 }, ask: false },
  { shop: 'rooftopSolar', text: '25 cặp MC4 nhé', items: { 'MC4-CAP': 25 }, ask: false },
  // an alias with its grade in words ("hành tím loại 1", "vải loại 1") is said word for word, though a sibling's name
  // gives the same grade in parentheses ("Hành tím giống (củ giống loại 1)") or the dried goods share the grade
  { shop: 'shallotsVinhChau', text: '2 cân hành tím loại 1', items: { 'HANH-L1': 2 }, ask: false },
  { shop: 'lycheesPhuongSon', text: 'cho e 3 cân vải loại 1', items: { 'VT-L1': 3 }, ask: false },
  { shop: 'lycheesPhuongSon', text: 'vai loai 2 5 ky', items: { 'VT-L2': 5 }, ask: false },
  // negative: written with its unit, "khóa 20cm" is not the alias "khóa 20" (the hidden zip of 20 cm holds the words)
  { shop: 'sewingKit', text: 'cho e 2 khóa 20cm', items: {}, ask: true },
];

describeCorpus('named-alias', EXAMPLES);
