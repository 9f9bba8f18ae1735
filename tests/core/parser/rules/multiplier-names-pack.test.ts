/**
 * "2 chục xiêm lửa" beside "Dừa xiêm lửa" (alias "xiêm lửa"), sold by the trái, and "Dừa xiêm lửa chục 12 trái",
 * sold by the chục: the word that multiplied the count names the pack, though the phrase's head names the single
 * fruit by its alias (core/parser/place.ts); the count is of packs, 2. Not with the pieces' own classifier after it,
 * "1 chục đôi găng tay len" (ten pairs), nor without the word, "10 trái xiêm lửa".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'coconuts', text: '2 chục xiêm lửa chị ơi, để cúng đám cưới', items: { 'DX-LUA-C': 2 }, ask: false },
  { shop: 'coconuts', text: 'Lấy 2 chục xiêm xanh, à đổi 1 chục thành xiêm lửa nhé', items: { 'DX-XANH-C': 1, 'DX-LUA-C': 1 }, ask: false },
  { shop: 'porkRolls', text: 'cho chị 2 chục nem chua nhé', items: { 'NEM-C10': 2 }, ask: false },
  // negative: no multiplier, or the pieces' classifier after it
  { shop: 'coconuts', text: 'cho e 10 trái xiêm lửa', items: { 'DX-LUA': 10 }, ask: false },
];

describeCorpus('multiplier-names-pack', EXAMPLES);
