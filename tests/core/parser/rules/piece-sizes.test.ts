/**
 * A count in the name of a product sold one piece at a time, not named as a set or a pack, is its size: "Vòng tay trầm
 * hương 10 ly" sold by the chiếc holds no ten of anything; "vòng trầm 10 ly 3 cái" is three of that bracelet, and "à
 * nhầm 10 ly" after the 8 ly one corrects it to the sibling, even beside a set whose name holds that many of the word.
 * A set ("Bộ đĩa 6 chiếc") still holds its pieces.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'agarwood', text: 'vòng bách xanh 10 ly 3 cái', items: { 'VT-BACH-10': 3 }, ask: false },
  { shop: 'agarwood', text: 'vong go bach xanh 8li 1 cai', items: { 'VT-BACH-8': 1 }, ask: false },
  { shop: 'agarwood', text: 'lấy 2 chiếc vòng huyết long 10 ly', items: { 'VT-HUYET-LONG-10': 2 }, ask: false },
  { shop: 'stone', text: 'cho e 3 vòng tay đá 10 ly', items: { 'VT-10': 3 }, ask: false },
  { shop: 'stone', text: 'lấy 2 vòng tay 8 ly, à nhầm 10 ly', items: { 'VT-10': 2 }, ask: false },
  // beside a set whose name holds that count of the word too ("Vòng đôi … 6 ly + 8 ly (set 2 chiếc)"): the piece
  { shop: 'agarwoodPhucTrach', text: 'Cho e 3 vòng tốc sánh 6 ly làm quà cho 3 đứa bạn', items: { 'VT-TS6': 3 }, ask: false },
  { shop: 'agarwoodPhucTrach', text: 'lay 2 vong toc sanh 6 ly, 2 tui gam', items: { 'VT-TS6': 2, 'TUI-GAM': 2 }, ask: false },
  // negative: a size the shop does not make
  { shop: 'agarwood', text: 'vòng bách xanh 12 ly 1 cái', items: {}, ask: true },
];

describeCorpus('piece-sizes', EXAMPLES);
