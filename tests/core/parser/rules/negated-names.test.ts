/**
 * A name that negates a word ("Bánh pía sầu riêng không trứng", "Nhang sạch không tăm") lacks it: the word tells
 * the sibling that has it ("trứng muối") apart, and "không trứng" in a message names the one without.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // opening a phrase too: "không đường 500ml" names the sugar-free one; "chả rán" is no negation
  { shop: 'dairy', text: 'có đường 500ml 3 chai, không đường 500ml 3 chai', items: { 'ST-500-CD': 3, 'ST-500-KD': 3 }, ask: false },
  { shop: 'porkRolls', text: 'đặt 1 kg chả rán', items: { 'CHA-CHIEN': 1 }, ask: false },
  { shop: 'sweets', text: 'cho e 3 hộp pía sầu riêng trứng ạ', items: { 'PIA-SR-TM': 3 }, ask: false },
  { shop: 'sweets', text: '2 hộp pia sr không trứng', items: { 'PIA-SR': 2 }, ask: false },
  { shop: 'sweets', text: 'nhang khong tam 2 hop', items: { 'NHANG-KT': 2 }, ask: false },
  { shop: 'sweets', text: 'cho e xin 1 hộp nhang sạch không tăm ạ', items: { 'NHANG-KT': 1 }, ask: false },
  { shop: 'cakes', text: 'cho e 5 hop pia sr trung', items: { 'PIA-SR-TM': 5 }, ask: false },
  { shop: 'cakes', text: 'lấy 2 hộp pía sầu riêng không trứng', items: { 'PIA-SR': 2 }, ask: false },
  // negative: neither the egg nor its absence said
  { shop: 'sweets', text: '1 hộp pía sầu riêng', items: {}, ask: true },
];

describeCorpus('negated-names', EXAMPLES);
