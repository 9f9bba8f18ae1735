/**
 * "sản" names nothing in "sản phẩm" (product), but of "hải sản" (seafood), "đặc sản", "nông sản" it is the goods
 * (core/parser/name-words.ts): "pizza hải sản 25cm" no longer loses "sản" and falls between every 25 cm pizza.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'pizza', text: 'Quán ơi cho em 1 pizza hải sản 25cm nhé', items: { 'PZ-HS-25': 1 }, ask: false },
  { shop: 'pizza', text: 'hải sản 20 ba cái, bò băm 20 hai cái', items: { 'PZ-HS-20': 3, 'PZ-BO-20': 2 }, ask: false },
  { shop: 'freshSeafood', text: 'cho e combo lẩu hải sản 2 người', items: { 'LAU-2N': 1 }, ask: false },
];

describeCorpus('san-words', EXAMPLES);
