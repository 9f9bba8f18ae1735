/**
 * Words that join items ("và", "với", "kèm", English "but") end a clause, unless the word is a head noun of the
 * catalog that the next word goes on naming (core/parser/clauses.ts): "1 ta but bi xanh" typed bare is a dozen
 * ballpoint pens ("bút bi"), "them 1 hop kem socola" is chocolate ice cream ("kem"), not "kèm".
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'school', text: '1 ta but bi xanh', items: { 'BUT-BI-XANH': 12 }, ask: false },
  { shop: 'dairy', text: 'kem socola 1 hop, them 1 hop kem socola nua', items: { 'KEM-SOCOLA': 2 }, ask: false },
  // negative: as a joining word it still parts two items
  { shop: 'school', text: 'lấy 1 balo nhỏ với 2 hộp chì màu 12', items: { 'BALO-S': 1, 'CHI-MAU-12': 2 }, ask: false },
];

describeCorpus('separator-or-noun', EXAMPLES);
