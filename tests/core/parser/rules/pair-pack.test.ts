/**
 * "một cặp" / "một đôi" (a pair) of a product sold as a pack of two pieces ("Núm ti … (vỉ 2 cái)", "Thìa silicon (bộ
 * 2 cái)") is one pack, not two (core/parser/convert.ts pairPack). A pair of anything else is two: of a pack of more
 * ("1 cặp ferrero 12 viên"), of a container said ("một cặp hộp quà"), or of the pack said by its own word ("một cặp
 * pin sạc aa vỉ 2").
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'babyBottles', text: 'đặt một cặp núm pigeon L', items: { 'NT-PIG-L': 1 }, ask: false },
  { shop: 'babyFood', text: 'cho e 1 cặp thìa silicon', items: { 'THIA-2': 1 }, ask: false },
  { shop: 'eBikes', text: 'mua 1 cặp gương chiếu hậu', items: { 'GUONG-BO': 1 }, ask: false },
  // negative: a pack of more, the pack said by its own word
  { shop: 'importedSweets', text: 'cho e 1 cặp ferrero 12 viên', items: { 'FERRERO-12': 2 }, ask: false },
  { shop: 'powerBanks', text: 'cho một cặp pin sạc aa vỉ 2', items: { 'AA-SAC-2': 2 }, ask: false },
  // negative: "cặp" written with its marks is no "Cáp" (cable) of the names: a pair of cables
  { shop: 'cables', text: '1 cặp cáp lightning 2m', items: { 'C-LIGHT-2M': 2 }, ask: false },
];

describeCorpus('pair-pack', EXAMPLES);
