/**
 * A set or box is chosen only by its own word: among tied candidates, when all but one are named "Bộ …", "Set …",
 * "Combo …", "Hộp …" and that word was not said, the one that is no set is meant. A set named by its own word and
 * the word after it ("bộ 6 chén" for "Bộ 6 chén gỗ sơn mài") is meant over sets named by another word ("Set quà Tết
 * … kèm bộ 6 chén sơn mài"); the set's word alone ("lấy 1 combo") or without the word after it still asks.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'toys', text: 'lấy 4 tò he', items: { 'TOHE-LE': 4 }, ask: false },
  { shop: 'toys', text: '1 tá tò he nhé shop', items: { 'TOHE-LE': 12 }, ask: false },
  { shop: 'pottery', text: 'lấy 1 ấm lam thôi ạ', items: { 'AM-LAM': 1 }, ask: false },
  { shop: 'pottery', text: 'cho mk 10 chén trà lam vs 1 ấm trà lam nhé', items: { 'CHEN-LAM': 10, 'AM-LAM': 1 }, ask: false },
  // negative: the set's word said orders the set; two single products still ask
  { shop: 'incense', text: '1 set thờ cúng nhé', items: { 'SET-THO': 1 }, ask: false },
  { shop: 'toys', text: 'lấy 1 hộp tò he 12 con giáp', items: { 'TOHE-12': 1 }, ask: false },
  { shop: 'pottery', text: '2 bộ ấm chén men lam', items: { 'AC-LAM-6': 2 }, ask: false },
  { shop: 'tableware', text: '2 bát men lam', items: { 'BAT-LAM-12': 2 }, ask: false },
  { shop: 'hats', text: 'lấy 1 nón lá trắng', items: {}, ask: true },
  // a set said by its own word and the word after it, over sets of another word that hold it
  { shop: 'lacquerAltars', text: 'lấy bộ 6 chén nhé', items: { 'CHEN-6': 1 }, ask: false },
  { shop: 'lacquerAltars', text: 'bộ 6 chén sơn mài lấy 2 bộ', items: { 'CHEN-6': 2 }, ask: false },
  { shop: 'teaVillage', text: 'cho a 1 bo am chen bat trang', items: { 'AC-BT6': 1 }, ask: false },
  { shop: 'woodStatues', text: 'lấy 2 bộ thần tài thổ địa 20cm, sdt 0912 468 135', items: { 'TTTD-20': 2 }, ask: false },
  // negative: the set's word alone, or without the word after it, tells no set apart
  { shop: 'forestBees', text: 'lấy 1 combo nhé shop', items: {}, ask: true },
  { shop: 'medicinalWines', text: 'lay 1 bo chen', items: {}, ask: true },
];

describeCorpus('single-over-set', EXAMPLES);
