/**
 * An amount by weight that is several of the largest pack is that pack only when the pack is one size of goods sold in
 * several ("2 kg chả cá chiên" of "Chả cá chiên 1kg" beside its 500 g and 250 g); "2kg đường" beside white sugar by the
 * 1 kg, brown by the 500 g and icing sugar by the 250 g names no one of them: ask (core/parser/pack-for-amount.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bakingSupplies', text: 'lấy 2kg đường', items: {}, ask: true },
  { shop: 'deli', text: 'lấy 3kg đường', items: {}, ask: true },
  // negative: one kind in several sizes, and a pack of exactly the amount
  { shop: 'porkRolls', text: 'e lấy 1 cân giò lụa ạ', items: { 'GL-1KG': 1 }, ask: false },
  { shop: 'deli', text: '1 ký bột sắn dây', items: { 'BOT-SAN': 2 }, ask: false },
];

describeCorpus('pack-of-one-kind', EXAMPLES);
