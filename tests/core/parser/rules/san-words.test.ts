/**
 * Words that name nothing in a name in one compound and are the goods in another (core/parser/name-words.ts): "sản"
 * of "sản phẩm" (product) against "hải sản" (seafood), "đặc sản"; "mẫu" (design) against "mẫu đơn" (peony). "pizza
 * hải sản 25cm" no longer loses "sản" and falls between every 25 cm pizza; "cành mẫu đơn hồng" is the pink peony.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pizza', text: 'Quán ơi cho em 1 pizza hải sản 25cm nhé', items: { 'PZ-HS-25': 1 }, ask: false },
  { shop: 'pizza', text: 'hải sản 20 ba cái, bò băm 20 hai cái', items: { 'PZ-HS-20': 3, 'PZ-BO-20': 2 }, ask: false },
  { shop: 'freshSeafood', text: 'cho e combo lẩu hải sản 2 người', items: { 'LAU-2N': 1 }, ask: false },
  { shop: 'silkFlowers', text: 'đặt 4 cành mẫu đơn hồng + 1 bình gốm S', items: { 'MD-HONG-CANH': 4, 'BINH-GOM-S': 1 }, ask: false },
  { shop: 'silkFlowers', text: 'cho e 6 cành mẫu đơn', items: {}, ask: true },
];

describeCorpus('san-words', EXAMPLES);
