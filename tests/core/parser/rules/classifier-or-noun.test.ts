/**
 * "10 chai dầu tràm 10ml": when the classifier read as a classifier and read as the first word of the phrase each
 * name one product, and only the first is sold in that unit ("chai lăn tràm" is only an alias of a roller sold by the
 * cây), the unit the customer counts in decides; an alias said word for word ("1 túi quạt") still names its product.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cajeput', text: 'Shop ơi, gửi mình 10 chai dầu tràm 10ml nhé', items: { 'TR-10': 10 }, ask: false },
  { shop: 'cajeput', text: 'cho e 3 chai tràm 10ml với 1 chai tràm 100ml', items: { 'TR-10': 3, 'TR-100': 1 }, ask: false },
  { shop: 'fans', text: 'cho e 1 quạt lụa A, 1 quạt gỗ, 1 túi quạt', items: { 'QL-A': 1, 'QDH-23': 1, 'TUI-VAI': 1 }, ask: false },
  // negative: the roller named by its own alias
  { shop: 'cajeput', text: 'lấy 2 cây lăn tràm', items: { 'LAN-TR': 2 }, ask: false },
];

describeCorpus('classifier-or-noun', EXAMPLES);
