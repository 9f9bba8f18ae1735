/**
 * A chat word of its own ("shop", "admin") is never read as a slip of a catalog word (core/parser/word-reading.ts):
 * "còn không shop" is no "không hộp" of a product named so, and "shop thêu cho e …" no thread sold by the box.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'cleaning', text: 'Choi chit con khong shop, lay 10 cai', items: { 'CHOI-CHIT': 10 }, ask: false },
  { shop: 'embroidery', text: 'shop thêu cho e 1 tranh chân dung theo ảnh nhé', items: {}, ask: true },
];

describeCorpus('chat-words-no-typo', EXAMPLES);
