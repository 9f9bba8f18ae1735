/**
 * Typed bare, a lone particle closing the clause ("… 1 cai nha shop", "… nha") is the particle, not the catalog's word
 * it folds like ("Nhà vệ sinh mèo") (core/parser/noun-phrase.ts). Where the words go on naming the product, it is the
 * product's word.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'catLitter', text: 'xeng inox 1 cai nha shop', items: { 'XENG-INOX': 1 }, ask: false },
  { shop: 'catLitter', text: 'xeng inox 1 cai nha', items: { 'XENG-INOX': 1 }, ask: false },
  { shop: 'comics', text: 'chu tho con tim me 1 cuon nha shop', items: { 'EHON-THO': 1 }, ask: false },
  // negative: "nha" opening the product's name
  { shop: 'catLitter', text: 'lay 1 nha ve sinh meo co nap nha', items: { 'NHA-VS-KIN': 1 }, ask: false },
];

describeCorpus('closing-particle', EXAMPLES);
