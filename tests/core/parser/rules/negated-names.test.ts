/**
 * A name that negates a word ("Bánh pía sầu riêng không trứng", "Nhang sạch không tăm") lacks it: the word tells
 * the sibling that has it ("trứng muối") apart, and "không trứng" in a message names the one without.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
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
