/**
 * A word the shop writes with no tone amid marks ("Cà chua bi đỏ", "hoa") is that word; a customer who writes a tone on
 * it means another ("hạt bí đỏ", a pumpkin's seeds; "hỏa tốc", express), not a slip of the catalog's word. A hat or a
 * hook alone may still be a slip or a loanword spelled either way ("chổi đót tô" for "to", "atisô")
 * (core/parser/word-reading.ts).
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'vegSeedlings', text: 'cho e 2 gói hạt bí đỏ', items: {}, ask: true },
  { shop: 'vegSeeds', text: 'cho e 2 gói hạt giống bí đỏ', items: {}, ask: true },
  { shop: 'hairAccessories', text: 'ship hỏa tốc nội thành được không shop', items: {}, ask: false },
  // negatives: no tone, a slip or a loanword
  { shop: 'ropeBrooms', text: '3 cây chổi đót tô nha', items: { 'CD-TO': 3 }, ask: false },
  { shop: 'medicinal', text: 'trà atisô 2 hộp', items: { 'TRA-ATISO': 2 }, ask: false },
];

describeCorpus('tone-makes-another-word', EXAMPLES);
