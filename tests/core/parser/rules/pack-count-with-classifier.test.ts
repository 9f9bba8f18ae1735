/**
 * A count with the word a sibling's pack counts ("10 đôi" of "Dép … (bịch 10 đôi)") names that pack when the amount is
 * said apart from it: in another classifier ("3 bịch dép khách sạn 10 đôi") or as "x3"
 * (core/parser/attributes.ts sizeNumber). Lines each counted in the same word ("1 đôi …, 1 đôi …") stay amounts.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'sedgeSandals', text: 'Lấy 3 bịch dép khách sạn 10 đôi', items: { 'DKS-10': 3 }, ask: false },
  { shop: 'sedgeSandals', text: 'lay 2 bich dep khach san 10 doi voi 1 thung 50 doi', items: { 'DKS-10': 2, 'DKS-50': 1 }, ask: false },
  { shop: 'kidsClothes', text: 'đặt 1 set 3 bộ bé gái', items: { 'SET3-BG3': 1 }, ask: false },
  // negative: with no amount apart, the count is the amount (of the pairs sold loose)
  { shop: 'sedgeSandals', text: 'lấy 10 đôi dép khách sạn', items: { 'DKS-LE': 10 }, ask: false },
  { shop: 'kidsClothes', text: 'lấy 3 bộ bé gái size 3', items: { 'BG-3': 3 }, ask: false },
];

describeCorpus('pack-count-with-classifier', EXAMPLES);
