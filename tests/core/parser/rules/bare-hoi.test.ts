/**
 * Typed bare, "hoi" is "hội" (an association, a festival, a conference) or "hơi" as often as "hỏi" (to ask): amid a
 * clause, not after the asker, it asks nothing ("lam qua hoi nghi", "di hoi Lim", "trong hoi"); first in its clause or
 * after "cho e", "xin", "e" it still opens a question (core/parser/inquiries.ts bareHoiAmid).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'camelliaTea', text: 'lay 10 tui hoa kho 20g lam qua hoi nghi', items: { 'HK1-20': 10 }, ask: false },
  { shop: 'camelliaTea', text: 'Chi lay 4 hop loai 2 50g bieu may ba trong hoi nhe em', items: { 'HK2-50': 4 }, ask: false },
  { shop: 'quanHo', text: 'thue 2 bo nu size S di hoi Lim nhe shop', items: { 'THUE-NU-S': 2 }, ask: false },
  { shop: 'terracotta', text: 'lay 1 con giap le tuoi hoi', items: { 'CG-LE': 1 }, ask: false },
  // negative: asking, after the asker or opening the clause
  { shop: 'camelliaTea', text: 'cho e hoi hoa kho loai 1 hop 50g con khong', items: {}, ask: false },
  { shop: 'quanHo', text: 'hoi shop bo nu size S con khong', items: {}, ask: false },
];

describeCorpus('bare hoi', EXAMPLES);
